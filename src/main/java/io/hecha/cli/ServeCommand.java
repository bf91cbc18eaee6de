package io.hecha.cli;

import io.hecha.batch.BatchOptions;
import io.hecha.batch.MappingsVersion;
import io.hecha.pipeline.Pipeline;
import io.hecha.serve.HechaServer;
import io.hecha.serve.ServeOptions;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;

/**
 * {@code hecha serve [OUTPUT_DIR]}: the reviewers' web page over a batch output folder, until
 * stopped (Ctrl-C). Prints the address on its first line. Exit codes: 2 for bad usage, 4 when the
 * address cannot be bound.
 */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Web page over a batch output folder: the reports, each finding shown where it stands in "
                + "the document, reviewers' decisions, uploads. Listens on 127.0.0.1 unless told otherwise.")
public final class ServeCommand implements Callable<Integer> {
    @Parameters(arity = "0..1", paramLabel = "OUTPUT_DIR", defaultValue = "output",
            description = "The batch output folder (default: ${DEFAULT-VALUE}).")
    Path outputDir;

    @Option(names = "--port", paramLabel = "N", defaultValue = "8080",
            description = "Port (default: ${DEFAULT-VALUE}; 0 = any free port).")
    int port;

    @Option(names = "--bind", paramLabel = "ADDRESS", defaultValue = "127.0.0.1",
            description = "Address to listen on (default: ${DEFAULT-VALUE}); anything else exposes the page to the network.")
    String bind;

    @Option(names = "--token", paramLabel = "T",
            description = "Require this token (letters, digits, . _ ~ -) of every request; also $HECHA_TOKEN.")
    String token;

    @Option(names = "--threads", paramLabel = "N", defaultValue = "2",
            description = "Uploaded inputs read at once (default: ${DEFAULT-VALUE}).")
    int threads;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "120",
            description = "Time limit for one uploaded input (default: ${DEFAULT-VALUE}), plus 30 s for each scanned page read by OCR.")
    long timeoutSeconds;

    @Option(names = "--max-size", paramLabel = "MB", defaultValue = "200",
            description = "Largest upload (default: ${DEFAULT-VALUE}).")
    long maxSizeMb;

    @Mixin
    ReportOptions reportOptions;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (port < 0 || port > 65535) throw usage("--port must be between 0 and 65535");
        if (threads < 1 || threads > 64) throw usage("--threads must be between 1 and 64");
        if (timeoutSeconds < 1) throw usage("--timeout must be at least 1 second");
        if (maxSizeMb < 1) throw usage("--max-size must be at least 1 MB");
        String t = token != null ? token : System.getenv("HECHA_TOKEN");
        boolean loopback;
        try {
            loopback = InetAddress.getByName(bind).isLoopbackAddress();
        } catch (UnknownHostException e) {
            throw usage("--bind: unknown address " + bind);
        }
        Pipeline pipeline = reportOptions.pipeline(spec);
        BatchOptions batch = new BatchOptions(outputDir, threads, Duration.ofSeconds(timeoutSeconds),
                maxSizeMb * 1024 * 1024, false, reportOptions.password(spec), MappingsVersion.of(pipeline.mappings()));
        ServeOptions options;
        try {
            options = new ServeOptions(outputDir, bind, port, t, batch);
        } catch (IllegalArgumentException e) {
            throw usage("--token: " + e.getMessage());
        }
        HechaServer server;
        try {
            server = HechaServer.start(options, pipeline::run, err);
        } catch (IOException e) {
            err.println("hecha: cannot serve on " + bind + ":" + port + ": " + e.getMessage());
            err.flush();
            return ExitCodes.INTERNAL;
        }
        String address = server.uri() + (options.token() == null ? "" : "?token=" + options.token());
        out.println("hecha serve: " + address + " (" + outputDir.toAbsolutePath().normalize() + ")");
        if (!loopback && options.token() == null) {
            err.println("hecha: warning: listening on " + bind + " without --token: anyone who can reach it sees the reports");
        }
        out.flush();
        err.flush();
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            stopped.countDown();
        }, "hecha-serve-stop"));
        stopped.await();
        return ExitCodes.OK;
    }

    private CommandLine.ParameterException usage(String message) {
        return new CommandLine.ParameterException(spec.commandLine(), message);
    }
}
