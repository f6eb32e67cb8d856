package hdae.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A report written once and rendered twice, as Markdown and as LaTeX: headings, paragraphs, display formulas,
 * bullet lists and tables. Text is plain; mathematics enters only as LaTeX produced by hdae's renderer
 * ({@link hdae.symbolic.render.LatexRenderer}, {@link hdae.symbolic.render.BoundLatex}), never typed by hand.
 */
final class ReportDocument {
    /** A piece of a paragraph. */
    sealed interface Span permits Text, MathText, Code, Strong, Ref, Cite {
    }

    /**
     * A cross-reference: in LaTeX {@code kind~\ref{label}} (for example Table 3), in Markdown the words given (the
     * Markdown has no numbers).
     */
    record Ref(String kind, String label, String markdown) implements Span {
    }

    /** A citation: in LaTeX {@code \cite{key}} (keys of hdae.bib), in Markdown the words given. */
    record Cite(String key, String markdown) implements Span {
    }

    /** Plain words. */
    record Text(String text) implements Span {
    }

    /** Inline mathematics, as LaTeX from the renderer. */
    record MathText(String latex) implements Span {
    }

    /** An identifier or a command, set in a fixed-width font. */
    record Code(String text) implements Span {
    }

    /** Words set in bold. */
    record Strong(String text) implements Span {
    }

    /** A block of the document. */
    sealed interface Block permits Heading, Paragraph, Display, Items, Table, Image {
    }

    /**
     * A picture: in Markdown the raster path, in LaTeX a figure float of the vector path (relative to the document's
     * folder), with its caption and label.
     */
    record Image(String path, String vectorPath, List<Span> caption, String label) implements Block {
        Image {
            caption = List.copyOf(caption);
        }
    }

    /** A heading of level 1 (the title), 2 (a section) or 3 (a subsection); a label makes it a target of a Ref. */
    record Heading(int level, String text, String label) implements Block {
        Heading(int level, String text) {
            this(level, text, "");
        }
    }

    /** A paragraph of spans. */
    record Paragraph(List<Span> spans) implements Block {
        Paragraph {
            spans = List.copyOf(spans);
        }
    }

    /** A displayed formula, as LaTeX from the renderer. */
    record Display(String latex) implements Block {
    }

    /** A bullet list; each item is a list of spans. */
    record Items(List<List<Span>> items) implements Block {
        Items {
            items = items.stream().map(List::copyOf).toList();
        }
    }

    /**
     * A table float with a caption and a label (empty: none); every cell is a list of spans; {@code align} has one of
     * l, r, c, p per column.
     */
    record Table(String caption, String align, List<String> header, List<List<List<Span>>> rows, String label)
            implements Block {
        Table(String caption, String align, List<String> header, List<List<List<Span>>> rows) {
            this(caption, align, header, rows, "");
        }

        Table {
            Objects.requireNonNull(caption, "caption");
            if (align.length() != header.size()) {
                throw new IllegalArgumentException("expected one alignment per column for table " + caption
                        + ", got " + align);
            }
            header = List.copyOf(header);
            rows = rows.stream().map(r -> r.stream().map(List::copyOf).toList()).toList();
        }
    }

    private final List<Block> blocks = new ArrayList<>();

    List<Block> blocks() {
        return List.copyOf(blocks);
    }

    ReportDocument heading(int level, String text) {
        blocks.add(new Heading(level, text));
        return this;
    }

    ReportDocument paragraph(Span... spans) {
        blocks.add(new Paragraph(List.of(spans)));
        return this;
    }

    ReportDocument paragraph(List<Span> spans) {
        blocks.add(new Paragraph(spans));
        return this;
    }

    ReportDocument display(String latex) {
        blocks.add(new Display(latex));
        return this;
    }

    ReportDocument items(List<List<Span>> items) {
        blocks.add(new Items(items));
        return this;
    }

    ReportDocument heading(int level, String text, String label) {
        blocks.add(new Heading(level, text, label));
        return this;
    }

    /**
     * A figure.
     *
     * @param path       the PNG, for Markdown
     * @param vectorPath the PDF, for LaTeX
     * @param caption    the caption
     * @param label      the LaTeX label
     * @return this document
     */
    ReportDocument image(String path, String vectorPath, List<Span> caption, String label) {
        blocks.add(new Image(path, vectorPath, caption, label));
        return this;
    }

    ReportDocument table(Table table) {
        blocks.add(table);
        return this;
    }

    static Text text(String s) {
        return new Text(s);
    }

    static MathText math(String latex) {
        return new MathText(latex);
    }

    static Code code(String s) {
        return new Code(s);
    }

    static Strong strong(String s) {
        return new Strong(s);
    }

    static Ref ref(String kind, String label, String markdown) {
        return new Ref(kind, label, markdown);
    }

    static Cite cite(String key, String markdown) {
        return new Cite(key, markdown);
    }

    /** A table cell of plain words. */
    static List<Span> cell(String s) {
        return List.of(new Text(s));
    }
}
