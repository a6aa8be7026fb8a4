package de.debitum.matching.bench;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;

import de.debitum.api.model.CashDiscountTier;
import de.debitum.api.model.DocumentKind;
import de.debitum.api.model.Payment;
import de.debitum.api.model.PaymentData;
import de.debitum.api.model.PaymentTerms;
import de.debitum.api.model.TenantId;
import de.debitum.api.money.Money;
import de.debitum.matching.internal.engine.DebtorProfile;
import de.debitum.matching.internal.engine.OpenInvoice;

/**
 * Writes one German tenant's year: debtors, invoices and the bank payments for them, with the
 * noise payers produce, and the truth of which invoices each payment settles. The same seed
 * gives the same tenant.
 *
 * <p>The shares of the scenarios are estimates for a German SME's incoming transfers, not
 * measured figures: most payers copy the invoice number from the invoice or the QR code
 * (GiroCode), so a clean reference and the exact amount are the majority; a tenth type the
 * number with variants or typos; a few percent pay without reference, take Skonto, bundle
 * invoices, pay in instalments or through a third party (a parent company or a factoring
 * provider). Noise payments that settle nothing (refunds, bonuses, transfers) are mixed in.
 */
final class GermanTenantGenerator {

    /** One kind of payer behaviour, with its share of invoices in percent. */
    enum Scenario {
        CLEAN_REFERENCE(52),
        REFERENCE_VARIANT(12),
        NO_REFERENCE(7),
        CASH_DISCOUNT(7),
        CASH_DISCOUNT_LATE(1),
        SEVERAL_INVOICES(6),
        PARTIAL(3),
        THIRD_PARTY_PAYER(2),
        WRONG_AMOUNT(2),
        OVERPAYMENT(1),
        BANK_FEE(1),
        NEW_ACCOUNT(3),
        UNPAID(3),
        NOISE(0);

        final int percent;

        Scenario(int percent) {
            this.percent = percent;
        }
    }

    /**
     * A generated payment, with the invoices it really settles (none for noise).
     *
     * @param namesNoInvoice true when the payer wrote no invoice number, so the law decides which
     *                       debts the payment settles (§ 366 Abs. 2 BGB)
     */
    record TruePayment(Payment payment, Scenario scenario, Set<Long> settles, boolean namesNoInvoice) {
    }

    record Tenant(List<DebtorProfile> debtors, List<OpenInvoice> invoices, List<TruePayment> payments) {
    }

    static final TenantId TENANT = TenantId.of("bench-gmbh");
    private static final Instant CREATED = Instant.parse("2026-01-01T00:00:00Z");
    private static final LocalDate YEAR_START = LocalDate.of(2025, 1, 2);
    private static final String ACCOUNT = "DE89370400440532013000";

    private static final String[] SURNAMES = {"Müller", "Schmidt", "Schneider", "Fischer", "Weber", "Meyer", "Wagner",
            "Becker", "Schulz", "Hoffmann", "Schäfer", "Koch", "Bauer", "Richter", "Klein", "Wolf", "Schröder", "Neumann",
            "Schwarz", "Zimmermann", "Braun", "Krüger", "Hofmann", "Hartmann", "Lange", "Schmitt", "Werner", "Schmitz",
            "Krause", "Meier", "Lehmann", "Schmid", "Schulze", "Maier", "Köhler", "Herrmann", "König", "Walter", "Mayer",
            "Huber", "Kaiser", "Fuchs", "Peters", "Lang", "Scholz", "Möller", "Weiß", "Jung", "Hahn", "Schubert",
            "Vogel", "Friedrich", "Keller", "Günther", "Frank", "Berger", "Winkler", "Roth", "Beck", "Lorenz", "Baumann",
            "Franke", "Albrecht", "Schuster", "Simon", "Ludwig", "Böhm", "Winter", "Kraus", "Martin", "Schumacher",
            "Krämer", "Vogt", "Stein", "Jäger", "Otto", "Sommer", "Groß", "Seidel", "Heinrich", "Brandt", "Haas"};
    private static final String[] FIRST_NAMES = {"Anna", "Maria", "Lena", "Julia", "Sabine", "Petra", "Thomas",
            "Michael", "Andreas", "Stefan", "Jürgen", "Klaus", "Uwe", "Jörg", "Sören", "Björn", "Käthe", "Günter"};
    private static final String[] TRADES = {"Bäckerei", "Elektro", "Sanitär", "Malerbetrieb", "Autohaus", "Steuerberatung",
            "Metallbau", "Gartenbau", "Druckerei", "Zahnarztpraxis", "Ingenieurbüro", "Tischlerei", "Getränkehandel",
            "IT-Service", "Reisebüro", "Dachdeckerei", "Fliesenlegerei", "Spedition", "Gebäudereinigung", "Optik"};
    private static final String[] FORMS = {"GmbH", "GmbH & Co. KG", "e.K.", "AG", "UG (haftungsbeschränkt)", "KG", "OHG"};
    private static final String[] THIRD_PARTIES = {"Factoring Nord AG", "Holding Süd GmbH", "PayServ Europe S.A.",
            "Treuhand Rhein GmbH", "Konzernzentrale Mitte AG"};
    private static final String[] NOISE_TEXTS = {"Erstattung Lieferantengutschrift", "Bonus Q3", "Umbuchung",
            "Kaution Rueckzahlung", "Zinsgutschrift", "Sonstiges", ""};

    private final Random random;
    private final List<DebtorProfile> debtors = new ArrayList<>();
    private final List<List<String>> debtorIbans = new ArrayList<>();
    private final List<OpenInvoice> invoices = new ArrayList<>();
    private final List<TruePayment> payments = new ArrayList<>();
    private final Set<String> usedIbans = new HashSet<>();
    private final Set<Long> settled = new HashSet<>();
    private final java.util.Map<Long, List<OpenInvoice>> invoicesByDebtor = new java.util.HashMap<>();
    private long nextPaymentId = 1;

    private GermanTenantGenerator(long seed) {
        this.random = new Random(seed);
    }

    static Tenant generate(int invoiceCount, long seed) {
        GermanTenantGenerator generator = new GermanTenantGenerator(seed);
        generator.createDebtors(Math.max(2, invoiceCount / 8));
        generator.createInvoices(invoiceCount);
        generator.createPayments();
        return new Tenant(generator.debtors, generator.invoices, generator.payments);
    }

    private void createDebtors(int count) {
        for (int i = 0; i < count; i++) {
            String name;
            if (random.nextInt(100) < 30) {
                name = pick(FIRST_NAMES) + " " + pick(SURNAMES);
            } else {
                name = pick(TRADES) + " " + pick(SURNAMES) + " " + pick(FORMS);
            }
            List<String> ibans = new ArrayList<>(List.of(newIban()));
            if (random.nextInt(100) < 10) {
                ibans.add(newIban());
            }
            debtorIbans.add(ibans);
            debtors.add(new DebtorProfile(i + 1, name, "K" + (10000 + i), ibans));
        }
    }

    private void createInvoices(int count) {
        int subscriptionAmounts = 40;
        for (int i = 0; i < count; i++) {
            long id = i + 1;
            long debtorId = 1 + random.nextInt(debtors.size());
            Money gross;
            if (random.nextInt(100) < 15) {
                // Recurring fees (maintenance, rent, subscriptions): many debtors owe the same amount.
                gross = Money.euro(new BigDecimal(49 + 10 * random.nextInt(subscriptionAmounts)).add(new BigDecimal("0.90")));
            } else {
                double net = Math.exp(3.5 + random.nextGaussian() * 1.3 + 1.5);
                gross = Money.euro(BigDecimal.valueOf(Math.min(50_000, Math.max(10, net)))).percent(new BigDecimal("119"));
            }
            LocalDate issued = YEAR_START.plusDays(random.nextInt(330));
            PaymentTerms terms = random.nextInt(100) < 40
                    ? new PaymentTerms("2 % Skonto innerhalb 10 Tagen, 30 Tage netto",
                            List.of(new CashDiscountTier(10, new BigDecimal("2"))))
                    : PaymentTerms.NONE;
            String number = String.format(Locale.ROOT, "RE-%d-%06d", issued.getYear(), id);
            invoices.add(new OpenInvoice(id, debtorId, number, DocumentKind.INVOICE, issued, issued.plusDays(30), gross,
                    gross, terms));
        }
    }

    private void createPayments() {
        for (OpenInvoice invoice : invoices) {
            invoicesByDebtor.computeIfAbsent(invoice.debtorId(), k -> new ArrayList<>()).add(invoice);
        }
        for (OpenInvoice invoice : invoices) {
            if (settled.contains(invoice.documentId())) {
                continue;
            }
            Scenario scenario = drawScenario(invoice);
            switch (scenario) {
                case UNPAID -> {
                }
                case SEVERAL_INVOICES -> payBundle(invoice);
                case PARTIAL -> {
                    Money first = invoice.open().percent(new BigDecimal("40"));
                    pay(scenario, Set.of(invoice.documentId()), invoice, first, reference(invoice), payerName(invoice),
                            payerIban(invoice), 15, false);
                    pay(scenario, Set.of(invoice.documentId()), invoice, invoice.open().minus(first), reference(invoice),
                            payerName(invoice), payerIban(invoice), 45, false);
                }
                default -> paySingle(invoice, scenario);
            }
        }
        int noise = invoices.size() / 50;
        for (int i = 0; i < noise; i++) {
            OpenInvoice any = invoices.get(random.nextInt(invoices.size()));
            // Half the noise has an amount that some open invoice has too: the trap of an amount-only match.
            Money amount = random.nextBoolean() ? any.open()
                    : Money.euro(BigDecimal.valueOf(5 + random.nextInt(200_000) / 100.0));
            pay(Scenario.NOISE, Set.of(), any, amount, pick(NOISE_TEXTS), pick(SURNAMES) + " " + pick(FORMS),
                    newIban(), 1 + random.nextInt(60), false);
        }
    }

    private Scenario drawScenario(OpenInvoice invoice) {
        int roll = random.nextInt(100);
        for (Scenario scenario : Scenario.values()) {
            if (roll < scenario.percent) {
                boolean discountless = invoice.terms().cashDiscounts().isEmpty();
                if ((scenario == Scenario.CASH_DISCOUNT || scenario == Scenario.CASH_DISCOUNT_LATE) && discountless) {
                    return Scenario.CLEAN_REFERENCE;
                }
                return scenario;
            }
            roll -= scenario.percent;
        }
        return Scenario.CLEAN_REFERENCE;
    }

    private void paySingle(OpenInvoice invoice, Scenario scenario) {
        Money amount = invoice.open();
        String text = reference(invoice);
        String name = payerName(invoice);
        String iban = payerIban(invoice);
        int days = 5 + random.nextInt(40);
        switch (scenario) {
            case REFERENCE_VARIANT -> text = variant(invoice);
            case NO_REFERENCE -> text = random.nextBoolean() ? "" : pick(new String[]{"Danke", "Rechnung", "Zahlung",
                    "Kundennr " + debtors.get((int) invoice.debtorId() - 1).customerNumber()});
            case CASH_DISCOUNT -> {
                amount = amount.minus(amount.percent(new BigDecimal("2")));
                days = 2 + random.nextInt(8);
                text = text + " abzgl. 2% Skonto";
            }
            case CASH_DISCOUNT_LATE -> {
                amount = amount.minus(amount.percent(new BigDecimal("2")));
                days = 20 + random.nextInt(30);
            }
            case THIRD_PARTY_PAYER -> {
                name = pick(THIRD_PARTIES);
                iban = newIban();
            }
            case WRONG_AMOUNT -> amount = wrongAmount(amount);
            case OVERPAYMENT -> amount = amount.plus(Money.euro(BigDecimal.valueOf(1 + random.nextInt(100))));
            case BANK_FEE -> amount = amount.minus(Money.euro(new BigDecimal(random.nextBoolean() ? "2.50" : "4.00")));
            case NEW_ACCOUNT -> iban = newIban();
            default -> {
            }
        }
        pay(scenario, Set.of(invoice.documentId()), invoice, amount, text, name, iban, days,
                scenario == Scenario.NO_REFERENCE);
    }

    private void payBundle(OpenInvoice first) {
        List<OpenInvoice> bundle = new ArrayList<>(List.of(first));
        int size = 2 + random.nextInt(3);
        for (OpenInvoice other : invoicesByDebtor.get(first.debtorId())) {
            if (bundle.size() >= size) {
                break;
            }
            if (other != first && !other.issueDate().isBefore(first.issueDate()) && !settled.contains(other.documentId())) {
                bundle.add(other);
            }
        }
        Money total = Money.euro("0");
        Set<Long> ids = new HashSet<>();
        List<String> numbers = new ArrayList<>();
        for (OpenInvoice invoice : bundle) {
            total = total.plus(invoice.open());
            ids.add(invoice.documentId());
            numbers.add(invoice.number());
        }
        boolean named = random.nextInt(100) < 60;
        String text = named ? "Rechnungen " + String.join(", ", numbers) : "Sammelueberweisung";
        OpenInvoice last = bundle.get(bundle.size() - 1);
        pay(Scenario.SEVERAL_INVOICES, ids, last, total, text, payerName(first), payerIban(first), 10 + random.nextInt(20),
                !named);
    }

    private void pay(Scenario scenario, Set<Long> settles, OpenInvoice after, Money amount, String text, String name,
                     String iban, int days, boolean namesNoInvoice) {
        LocalDate booked = after.issueDate().plusDays(days);
        PaymentData data = new PaymentData("tx" + nextPaymentId, ACCOUNT, booked, booked, amount, name, iban, null, text,
                "NOTPROVIDED", null, null, null, null, null, false);
        settled.addAll(settles);
        payments.add(new TruePayment(new Payment(nextPaymentId++, TENANT, "bank", data, null, CREATED, CREATED),
                scenario, settles, namesNoInvoice));
    }

    private String reference(OpenInvoice invoice) {
        return switch (random.nextInt(5)) {
            case 0 -> invoice.number();
            case 1 -> "Rechnung " + invoice.number() + " vom " + invoice.issueDate().getDayOfMonth() + "."
                    + invoice.issueDate().getMonthValue() + ".";
            case 2 -> "SVWZ+" + invoice.number() + " Kd-Nr " + debtors.get((int) invoice.debtorId() - 1).customerNumber();
            case 3 -> "Re-Nr.: " + invoice.number().substring(3);
            default -> invoice.number().toUpperCase(Locale.ROOT) + " DANKE";
        };
    }

    /** Writes the number as people mistype it: zeros, spaces, O/0 and I/1, split lines, dropped prefix. */
    private String variant(OpenInvoice invoice) {
        String digits = invoice.number().substring(3);
        String year = digits.substring(0, 4);
        String sequence = digits.substring(5);
        String stripped = sequence.replaceFirst("^0+", "");
        return switch (random.nextInt(7)) {
            case 0 -> "RE " + year + " " + stripped;
            case 1 -> "Rg " + year + stripped;
            case 2 -> ("RE-" + year + "-" + sequence).replace('0', 'O');
            case 3 -> "Rechnung RE-" + year + "-" + sequence.substring(0, 3) + "\n" + sequence.substring(3);
            case 4 -> year + "/" + sequence + " Kunde " + debtors.get((int) invoice.debtorId() - 1).customerNumber();
            case 5 -> "RE" + year + "-0" + sequence;
            // A typo in a digit: the number may now be another invoice's.
            default -> "RE-" + year + "-" + swapDigits(sequence);
        };
    }

    private String swapDigits(String sequence) {
        char[] chars = sequence.toCharArray();
        int i = 2 + random.nextInt(chars.length - 3);
        char c = chars[i];
        chars[i] = chars[i + 1];
        chars[i + 1] = c;
        return new String(chars);
    }

    private Money wrongAmount(Money amount) {
        String text = amount.amount().toPlainString();
        // A transposed leading digit, or a few euros short.
        if (random.nextBoolean() && text.length() > 4) {
            char[] chars = text.toCharArray();
            char c = chars[0];
            chars[0] = chars[1];
            chars[1] = c == '.' ? '0' : c;
            try {
                return Money.euro(new BigDecimal(new String(chars)));
            } catch (NumberFormatException e) {
                return amount.minus(Money.euro("10.00"));
            }
        }
        Money shortfall = Money.euro(BigDecimal.valueOf(1 + random.nextInt(50)));
        // A payer short of more than the invoice itself would pay nothing: pay half instead.
        return shortfall.isLessThan(amount) ? amount.minus(shortfall) : amount.percent(new BigDecimal("50"));
    }

    private String payerName(OpenInvoice invoice) {
        String name = debtors.get((int) invoice.debtorId() - 1).name();
        int roll = random.nextInt(100);
        if (roll < 30) {
            name = name.toUpperCase(Locale.GERMAN).replace("Ä", "AE").replace("Ö", "OE").replace("Ü", "UE").replace("ß", "SS");
        } else if (roll < 45) {
            for (String form : FORMS) {
                name = name.replace(" " + form, "");
            }
        } else if (roll < 55 && name.split(" ").length == 2) {
            String[] parts = name.split(" ");
            name = parts[1] + ", " + parts[0];
        } else if (roll < 60 && name.length() > 6) {
            int at = 1 + random.nextInt(name.length() - 3);
            name = name.substring(0, at) + name.charAt(at + 1) + name.charAt(at) + name.substring(at + 2);
        }
        return name;
    }

    private String payerIban(OpenInvoice invoice) {
        List<String> ibans = debtorIbans.get((int) invoice.debtorId() - 1);
        return ibans.get(random.nextInt(ibans.size()));
    }

    /** Creates a German IBAN with valid check digits (ISO 7064 MOD 97-10) that no one else has. */
    private String newIban() {
        while (true) {
            String bban = String.format(Locale.ROOT, "%08d%010d", 10_000_000 + random.nextInt(89_999_999),
                    (long) (random.nextDouble() * 9_999_999_999L));
            BigInteger number = new BigInteger(bban + "131400");
            int check = 98 - number.mod(BigInteger.valueOf(97)).intValue();
            String iban = String.format(Locale.ROOT, "DE%02d%s", check, bban);
            if (usedIbans.add(iban)) {
                return iban;
            }
        }
    }

    private String pick(String[] values) {
        return values[random.nextInt(values.length)];
    }
}
