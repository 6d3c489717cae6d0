package org.mailslot.jms.client;

import jakarta.jms.JMSException;
import jakarta.jms.JMSRuntimeException;
import org.mailslot.jms.exceptions.JmsExceptions;

/** Runs classic-API code for the simplified API, turning each checked failure into its runtime twin. */
final class RuntimeExceptions {

    /** A call of the classic API. */
    @FunctionalInterface
    interface JmsCall<T> {
        T call() throws JMSException;
    }

    /** A call of the classic API without a result. */
    @FunctionalInterface
    interface JmsAction {
        void run() throws JMSException;
    }

    private RuntimeExceptions() {
    }

    static <T> T unchecked(JmsCall<T> call) {
        try {
            return call.call();
        } catch (JMSException e) {
            throw JmsExceptions.toRuntime(e);
        }
    }

    static void uncheckedRun(JmsAction action) {
        try {
            action.run();
        } catch (JMSException e) {
            throw JmsExceptions.toRuntime(e);
        }
    }

    static JMSRuntimeException runtime(JMSException e) {
        return JmsExceptions.toRuntime(e);
    }
}
