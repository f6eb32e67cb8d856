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
    sealed interface Span permits Text, MathText, Code, Strong {
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

    /** A picture: a path relative to the document's folder, and a caption. */
    record Image(String path, String caption) implements Block {
    }

    /** A heading of level 1 (the title), 2 (a section) or 3 (a subsection). */
    record Heading(int level, String text) implements Block {
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

    /** A table with a caption; every cell is a list of spans; {@code align} has one of l, r, c per column. */
    record Table(String caption, String align, List<String> header, List<List<List<Span>>> rows) implements Block {
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

    ReportDocument image(String path, String caption) {
        blocks.add(new Image(path, caption));
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

    /** A table cell of plain words. */
    static List<Span> cell(String s) {
        return List.of(new Text(s));
    }
}
