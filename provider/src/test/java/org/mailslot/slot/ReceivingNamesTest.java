package org.mailslot.slot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mailslot.slot.ReceivingNames.Verdict.NOT_FOR_US;
import static org.mailslot.slot.ReceivingNames.Verdict.OURS;
import static org.mailslot.slot.ReceivingNames.Verdict.UNWANTED_NAME_TYPE;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.mailslot.names.NameType;
import org.mailslot.wire.NetbiosName;

class ReceivingNamesTest {

    private final ReceivingNames workstation = new ReceivingNames("JAVA1", "WORKGROUP", "", List.of());

    @Test
    void aWorkstationReceivesItsComputerNameItsDomainAndTheWildcardAsType00() {
        assertThat(workstation.classify(NetbiosName.of("JAVA1", 0))).isEqualTo(OURS);
        assertThat(workstation.classify(NetbiosName.of("WORKGROUP", 0))).isEqualTo(OURS);
        assertThat(workstation.classify(NetbiosName.WILDCARD)).isEqualTo(OURS);
    }

    @Test
    void browserDomainControllerMessengerAndServerTypesAreNotAWorkstationsWrites() {
        for (int type : new int[] {0x03, 0x1B, 0x1C, 0x1D, 0x1E, 0x20}) {
            assertThat(workstation.classify(NetbiosName.of("WORKGROUP", type))).as("WORKGROUP<%02X>", type)
                    .isEqualTo(UNWANTED_NAME_TYPE);
            assertThat(workstation.classify(NetbiosName.of("JAVA1", type))).as("JAVA1<%02X>", type)
                    .isEqualTo(UNWANTED_NAME_TYPE);
        }
        assertThat(workstation.classify(NameType.MSBROWSE.destination("WORKGROUP", ""))).isEqualTo(UNWANTED_NAME_TYPE);
        assertThat(workstation.classify(NetbiosName.of("*", 0x20))).isEqualTo(UNWANTED_NAME_TYPE);
    }

    @Test
    void otherNamesAndScopesAreNotForUsWhateverTheType() {
        assertThat(workstation.classify(NetbiosName.of("OTHERPC", 0))).isEqualTo(NOT_FOR_US);
        assertThat(workstation.classify(NetbiosName.of("OTHERDOM", 0x1D))).isEqualTo(NOT_FOR_US);
        assertThat(workstation.classify(NetbiosName.of("JAVA1", 0, "corp.example"))).isEqualTo(NOT_FOR_US);
    }

    @Test
    void aReceiverThatAsksForBrowserNamesGetsThem() {
        ReceivingNames browser = new ReceivingNames("JAVA1", "WORKGROUP", "corp.example",
                ReceivingNames.parseList("1D, 1e,msbrowse"));

        assertThat(browser.classify(NetbiosName.of("WORKGROUP", 0x1D, "corp.example"))).isEqualTo(OURS);
        assertThat(browser.classify(NetbiosName.of("WORKGROUP", 0x1E, "CORP.EXAMPLE"))).isEqualTo(OURS);
        assertThat(browser.classify(NameType.MSBROWSE.destination("", "corp.example"))).isEqualTo(OURS);
        assertThat(browser.classify(NetbiosName.of("WORKGROUP", 0, "corp.example"))).isEqualTo(OURS);
        assertThat(browser.classify(NetbiosName.of("WORKGROUP", 0x1C, "corp.example"))).isEqualTo(UNWANTED_NAME_TYPE);
        assertThat(browser.classify(NetbiosName.of("WORKGROUP", 0x1D))).isEqualTo(NOT_FOR_US);
        assertThat(browser.extraNameTypes()).containsExactlyInAnyOrder(NameType.MASTER_BROWSER,
                NameType.BROWSER_ELECTIONS, NameType.MSBROWSE);
    }

    @Test
    void theListNamesTheEntryThatIsNoNameType() {
        assertThat(ReceivingNames.parseList(" ")).isEmpty();
        assertThatThrownBy(() -> ReceivingNames.parseList("1D,browser"))
                .hasMessageContaining("name type \"browser\" is not a hex byte");
    }
}
