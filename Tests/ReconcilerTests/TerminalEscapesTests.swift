import Reconciler
import Testing

/// Docker's build output and apps' own output carry colours, cursor moves and window titles; history and berth's
/// printed output keep only the text.
@Suite struct TerminalEscapesTests {
    @Test(arguments: [
        // CSI colours, as BuildKit and most CLIs write them
        ("\u{1B}[1;32mStep 1/3\u{1B}[0m : FROM busybox", "Step 1/3 : FROM busybox"),
        ("\u{1B}[31merror\u{1B}[39;49m: \u{1B}[38;5;208mwarn\u{1B}[m", "error: warn"),
        // cursor moves and erases
        ("\u{1B}[2K\u{1B}[1G\u{1B}[1A#5 DONE 0.3s", "#5 DONE 0.3s"),
        ("\u{1B}[?25lhidden cursor\u{1B}[?25h", "hidden cursor"),
        // OSC: window title ended by BEL, hyperlink ended by ST
        ("\u{1B}]0;building web\u{07}Successfully built 3f2a", "Successfully built 3f2a"),
        ("see \u{1B}]8;;https://example.com\u{1B}\\the docs\u{1B}]8;;\u{1B}\\ now", "see the docs now"),
        // charset selection and two-character escapes
        ("\u{1B}(Bplain\u{1B}7 saved\u{1B}8", "plain saved"),
        // carriage-return progress keeps what a terminal shows last; backspace erases
        ("Downloading 10%\rDownloading 55%\rDownloading 100%", "Downloading 100%"),
        ("done\r", "done"),
        ("ab\u{08}c", "ac"),
        // other control characters go, tabs and non-ASCII text stay
        ("a\u{00}b\u{07}c\td ✓ é", "abc\td ✓ é"),
        ("nothing to strip", "nothing to strip"),
        // a sequence cut short by the end of the line
        ("text\u{1B}[", "text"),
        ("\u{1B}[12", ""),
    ])
    func stripsEscapesAndKeepsText(line: String, expected: String) {
        #expect(TerminalEscapes.stripped(line) == expected)
    }
}
