package org.mailslot.raitests.app;

import jakarta.ejb.EJB;
import jakarta.jms.JMSException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.PrintWriter;

/**
 * What the tests call on 127.0.0.1: {@code /journal?key=K} lists what bean K saw, {@code /count?key=K} gives
 * "count nanosBetweenFirstAndLast" since {@code /reset?key=K}, {@code /send?to=D&text=T} sends T to D through the pooled factory
 * (with a JMSContext of the factory when {@code &via=context} is added, with
 * the injected JMSContext when {@code &via=inject} is).
 */
@WebServlet(urlPatterns = {"/journal", "/count", "/reset", "/send"})
public class ReportServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @EJB
    private SenderBean sender;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setContentType("text/plain;charset=UTF-8");
        PrintWriter out = response.getWriter();
        switch (request.getServletPath()) {
            case "/journal" -> Journal.lines(request.getParameter("key")).forEach(out::println);
            case "/count" -> out.println(Journal.counter(request.getParameter("key")));
            case "/reset" -> Journal.reset(request.getParameter("key"));
            default -> send(request.getParameter("to"), request.getParameter("text"),
                    request.getParameter("via"), response, out);
        }
    }

    private void send(String to, String text, String via, HttpServletResponse response, PrintWriter out) {
        try {
            switch (via == null ? "connection" : via) {
                case "context" -> sender.sendWithContext(to, text);
                case "inject" -> sender.sendWithInjectedContext(to, text);
                default -> sender.send(to, text);
            }
            out.println("sent");
        } catch (JMSException | RuntimeException e) {
            response.setStatus(500);
            out.println("failed: " + e);
        }
    }
}
