package io.hecha.cli;

import io.hecha.read.BadInputException;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** {@code --timeout} of check and extract: the time limit itself, and the commands' use of it. */
class TimeoutOptionTest {

    @Test
    void workThatEndsInTimeGivesItsResult() throws Exception {
        assertEquals("done", TimeoutOption.within(() -> "done", Duration.ofSeconds(5), "a.docx"));
    }

    @Test
    void workThatRunsOutOfTimeIsAbandonedAsUnreadable() {
        long t0 = System.nanoTime();
        BadInputException e = assertThrows(BadInputException.class, () -> TimeoutOption.within(() -> {
            Thread.sleep(60_000);
            return "late";
        }, Duration.ofSeconds(1), "slow.docx"));
        assertEquals("time-out after 1 s (reading abandoned)", e.reason());
        assertTrue(e.getMessage().contains("slow.docx"), e.getMessage());
        assertTrue(System.nanoTime() - t0 < 30_000_000_000L, "it did not wait for the work");
    }

    @Test
    void pagesReadByOcrMoveTheDeadline() throws Exception {
        // 1 s limit; the work sends a page to OCR (30 s more) and then needs 2.5 s in all
        String r = TimeoutOption.within(() -> {
            io.hecha.read.TimeAllowance.ocrPage();
            Thread.sleep(2_500);
            return "read";
        }, Duration.ofSeconds(1), "scan.pdf");
        assertEquals("read", r);
        BadInputException e = assertThrows(BadInputException.class, () -> TimeoutOption.within(() -> {
            Thread.sleep(60_000);
            return "late";
        }, Duration.ofSeconds(1), "slow.pdf"));
        assertEquals("time-out after 1 s (reading abandoned)", e.reason(), "no OCR: no extra time");
    }

    @Test
    void theWorksOwnFailuresPassThrough() {
        BadInputException bad = new BadInputException("x.docx", "not a document");
        assertSame(bad, assertThrows(BadInputException.class,
                () -> TimeoutOption.within(() -> { throw bad; }, Duration.ofSeconds(5), "x.docx")));
        IllegalStateException boom = new IllegalStateException("boom");
        assertSame(boom, assertThrows(IllegalStateException.class,
                () -> TimeoutOption.within(() -> { throw boom; }, Duration.ofSeconds(5), "x.docx")));
    }

    @Test
    void checkAndExtractTakeTheOption() {
        String fixture = io.hecha.TestFiles.fixture("tangshan-gxj-2024.docx").toString();
        CheckCommandTest.Run ok = CheckCommandTest.run("check", "--timeout", "300", fixture);
        assertEquals(ExitCodes.FINDINGS, ok.code(), ok.out() + ok.err());
        CheckCommandTest.Run zero = CheckCommandTest.run("check", "--timeout", "0", fixture);
        assertEquals(ExitCodes.USAGE, zero.code(), zero.out() + zero.err());
        assertTrue(zero.err().contains("--timeout must be at least 1 second"), zero.err());
        CheckCommandTest.Run help = CheckCommandTest.run("extract", "--help");
        assertTrue(help.out().contains("--timeout=SECONDS"), help.out());
    }
}
