package de.debitum.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MatchingCheckTest {

    @TempDir
    Path folder;

    private static MatchingCheck.Stored stored(long id, String key, Set<String> automatic, Set<String> suggestion) {
        return new MatchingCheck.Stored(id, key, new TreeSet<>(automatic), new TreeSet<>(), new TreeSet<>(suggestion));
    }

    @Test
    void countsRightWrongAndSuggested() throws Exception {
        Path file = folder.resolve("scenario-payments.tsv");
        Files.writeString(file, String.join("\n",
                "bookingDate\tamount\tremittance\tinvoices\tfate",
                "2026-11-02\t119.00\tRE RE-1 Kd-Nr. 10001\tRE-1\tPAID_EXACT",
                "2026-11-03\t50.00\tRechnung RE-20\tRE-2\tPAID_WITH_TYPO",
                "2026-11-04\t300.00\tSammelüberweisung RE-3, RE-4\tRE-3,RE-4\tPAID_WITH_OTHERS",
                "2026-11-05\t80.00\tZahlung\tRE-5\tPAID_WITHOUT_REFERENCE",
                "2026-11-06\t318.40\tErstattung Schaden\t\tNONE", ""), StandardCharsets.UTF_8);
        Map<String, List<MatchingCheck.Expected>> truth = MatchingCheck.readExpectations(file);

        Map<String, MatchingCheck.Row> rows = MatchingCheck.compare(truth, List.of(
                stored(1, MatchingCheck.key("2026-11-02", new BigDecimal("119"), "RE RE-1 Kd-Nr. 10001"),
                        Set.of("RE-1"), Set.of()),
                stored(2, MatchingCheck.key("2026-11-03", new BigDecimal("50.00"), "Rechnung RE-20"),
                        Set.of("RE-20"), Set.of()),
                stored(3, MatchingCheck.key("2026-11-04", new BigDecimal("300.00"), "Sammelüberweisung RE-3, RE-4"),
                        Set.of(), Set.of("RE-3", "RE-4")),
                stored(4, MatchingCheck.key("2026-11-06", new BigDecimal("318.40"), "Erstattung Schaden"),
                        Set.of(), Set.of()),
                stored(5, MatchingCheck.key("2026-11-07", new BigDecimal("10.00"), "von Hand eingespielt"),
                        Set.of("RE-1"), Set.of())));

        assertThat(rows.get("PAID_EXACT").automaticRight).as("exact payment allocated").isEqualTo(1);
        assertThat(rows.get("PAID_WITH_TYPO").automaticWrong).as("allocation to another invoice").isEqualTo(1);
        assertThat(rows.get("PAID_WITH_OTHERS").pairs).isEqualTo(2);
        assertThat(rows.get("PAID_WITH_OTHERS").firstSuggestionRight).as("suggestion of both invoices").isEqualTo(1);
        assertThat(rows.get("NONE").withoutResult).as("credit that pays no invoice").isEqualTo(1);
        assertThat(rows.get("PAID_WITHOUT_REFERENCE").notFound).as("payment missing in the hub").isEqualTo(1);
        assertThat(rows.get("UNKNOWN").payments).as("payment the generator did not write").isEqualTo(1);
        assertThat(rows.get("UNKNOWN").automaticWrong).as("no truth to call it wrong").isZero();
        MatchingCheck.Row all = rows.get("alle");
        assertThat(all.payments).isEqualTo(5);
        assertThat(all.pairs).isEqualTo(4);
        assertThat(all.automaticRight).isEqualTo(1);
        assertThat(all.automaticWrong).isEqualTo(1);
    }
}
