package org.mailslot.jms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.jms.InvalidDestinationException;
import org.junit.jupiter.api.Test;
import org.mailslot.jms.payload.PayloadFormat;
import org.mailslot.names.NameType;

/** The {@code nameType=} destination option, alone and with {@code payload=}. */
class NameTypeOptionTest {

    @Test
    void aDestinationCarriesTheNameTypeOfItsOption() throws Exception {
        MailslotTopic browse = MailslotDestinations.parseTopic("\\\\WORKGROUP\\mailslot\\BROWSE?nameType=1D");
        assertThat(browse.nameType()).isEqualTo(NameType.MASTER_BROWSER);
        assertThat(browse.uncName()).isEqualTo("\\\\WORKGROUP\\mailslot\\BROWSE");
        assertThat(browse.payloadFormat()).isNull();

        MailslotQueue both = MailslotDestinations.parseQueue("\\\\WORKGROUP\\mailslot\\BROWSE?payload=raw&nametype=<1b>");
        assertThat(both.nameType()).isEqualTo(NameType.DOMAIN_MASTER_BROWSER);
        assertThat(both.payloadFormat()).isEqualTo(PayloadFormat.RAW);

        assertThat(MailslotDestinations.parseTopic("\\\\*\\mailslot\\BROWSE?nameType=msbrowse").nameType())
                .isEqualTo(NameType.MSBROWSE);
        assertThat(MailslotDestinations.parseQueue("orders").nameType()).isEqualTo(NameType.DEFAULT);
    }

    @Test
    void aBadNameTypeIsAnInvalidDestinationSayingWhatIsAllowed() {
        assertThatThrownBy(() -> MailslotDestinations.parseTopic("\\\\WORKGROUP\\mailslot\\BROWSE?nameType=1DD"))
                .isInstanceOf(InvalidDestinationException.class)
                .hasMessageContaining("name type \"1DD\" is not a hex byte")
                .hasMessageContaining("?nameType=1D");
    }

    @Test
    void nameTypesParseInEveryWrittenForm() {
        assertThat(NameType.parse("0x1e")).isEqualTo(NameType.BROWSER_ELECTIONS);
        assertThat(NameType.parse("1C")).isEqualTo(NameType.DOMAIN_CONTROLLERS);
        assertThat(NameType.parse("03")).isEqualTo(NameType.MESSENGER);
        assertThat(NameType.parse("__MSBROWSE__")).isEqualTo(NameType.MSBROWSE);
        assertThat(NameType.MSBROWSE.destination("WORKGROUP", "").toString())
                .isEqualTo("\u0001\u0002__MSBROWSE__\u0002<01>");
    }
}
