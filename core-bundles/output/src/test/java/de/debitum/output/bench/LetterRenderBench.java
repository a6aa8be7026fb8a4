package de.debitum.output.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;

import de.debitum.output.letter.DunningLetterData;
import de.debitum.output.letter.DunningLetterRenderer;
import de.debitum.output.letter.LetterTexts;
import de.debitum.output.letter.RenderedLetter;
import de.debitum.output.letter.SampleLetters;

/**
 * Measures dunning letters rendered per second on one thread, and the size of a letter: German
 * letters with the sample letterhead (logo, GiroCode, embedded DejaVu fonts) and 3 overdue items
 * (one page) or 60 items (three pages). Each round renders {@code letters} letters; the first
 * rounds warm the JIT up and are not counted.
 *
 * <p>Run: {@code java -cp <test class path> de.debitum.output.bench.LetterRenderBench [rounds]
 * [letters per round] [sample.pdf]}; the optional file receives one rendered letter.
 */
public final class LetterRenderBench {

    private static final int WARM_UP_ROUNDS = 3;

    private LetterRenderBench() {
    }

    public static void main(String[] args) throws Exception {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        int letters = args.length > 1 ? Integer.parseInt(args[1]) : 200;
        DunningLetterRenderer renderer = new DunningLetterRenderer(Clock.systemUTC());
        LetterTexts texts = LetterTexts.defaults();

        System.out.println("items | pages | bytes per letter | mean letters/s | best round letters/s");
        for (int items : new int[] {3, 60}) {
            DunningLetterData data = SampleLetters.german(2, items);
            RenderedLetter sample = renderer.render(data, texts);
            double sum = 0;
            double best = 0;
            for (int round = 0; round < WARM_UP_ROUNDS + rounds; round++) {
                long start = System.nanoTime();
                for (int i = 0; i < letters; i++) {
                    renderer.render(data, texts);
                }
                double perSecond = letters / ((System.nanoTime() - start) / 1e9);
                if (round >= WARM_UP_ROUNDS) {
                    sum += perSecond;
                    best = Math.max(best, perSecond);
                }
            }
            System.out.printf("%5d | %5d | %16d | %14.1f | %20.1f%n", items, sample.pageCount(), sample.size(),
                    sum / rounds, best);
        }
        if (args.length > 2) {
            Path file = Path.of(args[2]);
            Files.write(file, renderer.render(SampleLetters.german(2, 3), texts).pdf());
            System.out.println("Sample letter written to " + file.toAbsolutePath());
        }
    }
}
