/**
 * {@code hecha serve}: a local web page over a batch output folder. {@link io.hecha.serve.HechaServer}
 * (the JDK's HTTP server, no framework) serves a static page (plain HTML, CSS and JS from the jar)
 * and a small JSON API: the reports list from the batch journal, one report's JSON with each
 * finding's places resolved to references into the document ({@code #/tables/t/cells/r/c},
 * {@code #/paragraphs/p}), PDF pages rendered by PDFBox, reviewers' decisions
 * ({@link io.hecha.output.ReviewDecisions}), and uploads that go through the same batch runner as
 * {@code hecha batch}. It reads the pipeline's results only through {@code batch} and
 * {@code output}; every document text reaches the page as JSON and is set as text, never as markup,
 * under a strict Content-Security-Policy.
 */
package io.hecha.serve;
