package de.debitum.connector.bankstatement.internal.parse;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Measures reading speed in entries per second for generated camt.053 and MT940 files. Not a
 * test: run it by hand (see BENCHMARKS.md) on an otherwise idle machine.
 *
 * <p>Arguments: number of entries per file (default 20000), measured rounds (default 5).
 */
public final class StatementReaderBench {

    private StatementReaderBench() {
    }

    public static void main(String[] args) {
        int entries = args.length > 0 ? Integer.parseInt(args[0]) : 20_000;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        byte[] camt = camt(entries).getBytes(StandardCharsets.UTF_8);
        byte[] mt940 = mt940(entries).getBytes(TextDecoder.WINDOWS_1252);

        System.out.printf(Locale.ROOT, "Java %s, %d processors, %d entries per file, %d rounds after 3 warm-up rounds%n",
                System.getProperty("java.version"), Runtime.getRuntime().availableProcessors(), entries, rounds);
        measure("camt.053", camt, entries, rounds);
        measure("MT940", mt940, entries, rounds);
    }

    private static void measure(String label, byte[] content, int entries, int rounds) {
        StatementReader reader = new StatementReader(Integer.MAX_VALUE);
        for (int i = 0; i < 3; i++) {
            check(reader.parse(label, content), entries);
        }
        long best = Long.MAX_VALUE;
        long total = 0;
        for (int i = 0; i < rounds; i++) {
            long start = System.nanoTime();
            ParseResult result = reader.parse(label, content);
            long elapsed = System.nanoTime() - start;
            check(result, entries);
            best = Math.min(best, elapsed);
            total += elapsed;
        }
        System.out.printf(Locale.ROOT, "%-8s %8.1f KiB  mean %8.0f entries/s  best %8.0f entries/s%n", label,
                content.length / 1024.0, entries / (total / (double) rounds / 1e9), entries / (best / 1e9));
    }

    private static void check(ParseResult result, int entries) {
        int read = result.statements().stream().mapToInt(s -> s.entries().size()).sum();
        if (read != entries || !result.rejections().isEmpty()
                || !result.statements().stream().allMatch(s -> s.balanceCheck().balanced())) {
            throw new IllegalStateException("Benchmark input not read as expected: " + read + " entries, "
                    + result.rejections());
        }
    }

    /** Builds a balanced camt.053.001.08 with alternating credits (with details) and debits. */
    static String camt(int entries) {
        StringBuilder xml = new StringBuilder(entries * 900);
        xml.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<Document xmlns=\"urn:iso:std:iso:20022:tech:xsd:camt.053.001.08\"><BkToCstmrStmt>")
                .append("<GrpHdr><MsgId>BENCH</MsgId><CreDtTm>2024-01-31T06:00:00</CreDtTm></GrpHdr><Stmt><Id>BENCH-1</Id>")
                .append("<Acct><Id><IBAN>DE89370400440532013000</IBAN></Id><Ccy>EUR</Ccy></Acct>")
                .append(balance("OPBD", 0));
        long cents = 0;
        StringBuilder body = new StringBuilder();
        for (int i = 0; i < entries; i++) {
            boolean credit = i % 2 == 0;
            long amount = 1000 + (i % 997) * 13L;
            cents += credit ? amount : -amount;
            String party = credit ? "Dbtr" : "Cdtr";
            body.append("<Ntry><Amt Ccy=\"EUR\">").append(decimal(amount, '.')).append("</Amt><CdtDbtInd>")
                    .append(credit ? "CRDT" : "DBIT").append("</CdtDbtInd><Sts><Cd>BOOK</Cd></Sts>")
                    .append("<BookgDt><Dt>2024-01-31</Dt></BookgDt><ValDt><Dt>2024-01-31</Dt></ValDt>")
                    .append("<AcctSvcrRef>REF").append(i).append("</AcctSvcrRef>")
                    .append("<BkTxCd><Domn><Cd>PMNT</Cd><Fmly><Cd>RCDT</Cd><SubFmlyCd>ESCT</SubFmlyCd></Fmly></Domn></BkTxCd>")
                    .append("<NtryDtls><TxDtls><Refs><EndToEndId>E2E-").append(i).append("</EndToEndId></Refs>")
                    .append("<RltdPties><").append(party).append("><Pty><Nm>Kunde ").append(i).append(" GmbH</Nm></Pty></")
                    .append(party).append("><").append(party).append("Acct><Id><IBAN>DE02120300000000202051</IBAN></Id></")
                    .append(party).append("Acct></RltdPties><RmtInf><Ustrd>Rechnung RE-").append(i)
                    .append(" vom 15.01.2024</Ustrd></RmtInf></TxDtls></NtryDtls></Ntry>");
        }
        xml.append(balance("CLBD", cents)).append(body).append("</Stmt></BkToCstmrStmt></Document>");
        return xml.toString();
    }

    /** Builds a balanced German MT940 with structured :86: fields. */
    static String mt940(int entries) {
        StringBuilder text = new StringBuilder(entries * 260);
        text.append(":20:BENCH\r\n:25:37040044/0532013000\r\n:28C:00001/001\r\n:60F:C240130EUR0,00\r\n");
        long cents = 0;
        for (int i = 0; i < entries; i++) {
            boolean credit = i % 2 == 0;
            long amount = 1000 + (i % 997) * 13L;
            cents += credit ? amount : -amount;
            text.append(":61:2401310131").append(credit ? "CR" : "DR").append(decimal(amount, ','))
                    .append("NTRFNONREF//B").append(i).append("\r\n")
                    .append(":86:166?00SEPA-GUTSCHRIFT?109310?20EREF+E2E-").append(i).append("?21SVWZ+Rechnung RE-")
                    .append(i).append("\r\n?22 vom 15.01.2024 Müller?30COBADEFFXXX?31DE02120300000000202051?32Kunde ")
                    .append(i).append(" GmbH\r\n");
        }
        text.append(":62F:").append(cents < 0 ? 'D' : 'C').append("240131EUR").append(decimal(Math.abs(cents), ','))
                .append("\r\n-\r\n");
        return text.toString();
    }

    private static String balance(String code, long cents) {
        return "<Bal><Tp><CdOrPrtry><Cd>" + code + "</Cd></CdOrPrtry></Tp><Amt Ccy=\"EUR\">" + decimal(Math.abs(cents), '.')
                + "</Amt><CdtDbtInd>" + (cents < 0 ? "DBIT" : "CRDT") + "</CdtDbtInd><Dt><Dt>2024-01-31</Dt></Dt></Bal>";
    }

    private static String decimal(long cents, char separator) {
        return cents / 100 + String.valueOf(separator) + String.format(Locale.ROOT, "%02d", cents % 100);
    }
}
