extension TableFinder {
    /// Every tolerance table finding uses, with its unit. Lengths are PDF points; "line heights"
    /// are multiples of the height of the text line concerned.
    package struct Options: Sendable, Hashable {
        // MARK: Rulings

        /// Parallel rulings whose positions differ by at most this are one line: producers
        /// stroke a border twice (a hairline and a heavier line 0.4 pt apart). Points.
        package var snapTolerance: Double = 2.0
        /// Collinear pieces separated by at most this are one line: borders are often drawn as
        /// one piece per cell. Points.
        package var joinTolerance: Double = 3.0
        /// A ruling ending within this distance of a perpendicular one meets it. Points.
        package var intersectionTolerance: Double = 3.0
        /// A ruling stopping at most this short of perpendicular ones at both ends (a rule inset
        /// from the frame) belongs to their table. Points.
        package var insetRuleReach: Double = 6.0
        /// Joined rulings shorter than this are debris (dots, glyph strokes), not borders. Points.
        package var minRulingLength: Double = 3.0
        /// A ruling must cover at least this share of a cell's side to be a border there.
        package var borderCoverage: Double = 0.5
        /// Grid edges closer than this are one edge; an open side further out than this gets an
        /// edge of its own. Points.
        package var minCellSize: Double = 3.0
        /// An empty drawn row lower than this many text heights, too low to hold a line of the
        /// table's text, is the paper between rows drawn apart (boxes with gaps, a double rule),
        /// not a row of the table.
        package var maxSpacerRowHeight: Double = 1.0
        /// Row labels printed beside a ruled grid end at most this many line heights from it…
        package var maxLabelGap: Double = 3.0
        /// …and stand beside at least this share of its drawn rows.
        package var minLabelledRowShare: Double = 0.5
        /// A ruled grid with fewer cells than this is a frame, not a table.
        package var minTableCells: Int = 2
        /// A table drawn as shaded cells without rules has at least this many fills…
        package var minShadedCells: Int = 4
        /// …each covering less than this share of the page (more is a background).
        package var maxShadedCellShare: Double = 0.25

        // MARK: Text alignment

        /// Characters on one baseline separated by more than this many character heights belong
        /// to different columns.
        package var columnGap: Double = 1.0
        /// …or, between two digits, by more than this many (a number is never spaced that wide).
        package var numberGap: Double = 0.5
        /// A gap between two characters at least this many character heights wide is a word
        /// space.
        package var wordSpace: Double = 0.15
        /// The words of neighbouring header cells set close are told apart where at least this
        /// many lines have a word space in the white space between two columns.
        package var minWordCutLines: Int = 2
        /// A table found from text alignment alone needs at least this many columns (two are
        /// a table of contents or a label list).
        package var minTextColumns: Int = 3
        /// …and at least this many rows.
        package var minTextRows: Int = 3
        /// Share of a text table's rows that must have at least `minTextColumns` pieces.
        package var minAlignedRowShare: Double = 0.6
        /// Two text tables stand side by side where the gap between them is at least this many
        /// times as wide as every gap between columns within them.
        package var sideBySideGap: Double = 2.0
        /// Rows of a text table are at most this many line heights apart.
        package var maxTextRowGap: Double = 2.0
        /// A ruled column is split along a gap in its text only when at least this many of its
        /// rows hold pieces on both sides…
        package var minSplitRows: Int = 2
        /// …and they are at least this share of its rows with text.
        package var minSplitRowShare: Double = 0.3
        /// A drawn row of a grid with several drawn rows is split along its text lines only when
        /// they make at least this many rows (two lines in two columns are a wrapped cell as
        /// often as two rows).
        package var minUndrawnRows: Int = 3
        /// A rule of a table drawn without verticals is at least this share of the page width.
        package var minRuleWidthShare: Double = 0.3
        /// Rules of one table drawn without verticals start and end within this distance of
        /// each other. Points.
        package var ruleExtentTolerance: Double = 6.0
        /// Rules within this share of the page height from its top or bottom edge may be the
        /// running header's and footer's rather than a table's.
        package var pageMarginShare: Double = 0.1

        // MARK: Captions and notes

        /// At most this many lines above a grid (side-by-side lines counting once) belong to its
        /// caption.
        package var maxCaptionLines: Int = 6
        /// Caption lines are at most this many line heights apart (and from the grid).
        package var captionLineGap: Double = 2.5
        /// A title is at most this many characters long.
        package var maxTitleLength: Int = 60
        /// A title's centre lies within this share of the grid's width from the grid's centre,
        /// unless its font is larger than the grid's text.
        package var titleCentering: Double = 0.2
        /// A line whose characters are at least this many times as tall as the grid's counts as
        /// larger type (a title even when not centred).
        package var titleSizeRatio: Double = 1.15
        /// Note lines are at most this many line heights apart.
        package var noteLineGap: Double = 1.6
        /// The first note line (it starts with a marker: 注：, 说明：) lies at most this many of
        /// its heights under the grid. A spreadsheet's note sits a row under its table: 1.5 of
        /// its heights where the font's box is 1.3 em tall (Noto CJK), 2.0 where it is 1 em
        /// (SimSun), and read from a scan, where a line is as tall as its type, 2.1.
        package var noteGridGap: Double = 2.5
        /// Note lines use the same font size as the first note line, within this many points.
        package var fontSizeTolerance: Double = 0.6

        // MARK: Header rows

        /// A table has at most this many header rows.
        package var maxHeaderRows: Int = 6
        /// A shading band counts as a header band when it covers this share of the grid width.
        package var headerShadingWidth: Double = 0.9

        package init() {}
    }
}
