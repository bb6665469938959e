/// Terminal control sequences in program output: Docker's build output and apps colour their lines, move the
/// cursor and set window titles; history and berth's own output keep the text only.
package enum TerminalEscapes {
    /// `line` without ANSI escape sequences (CSI `ESC [ … final`, OSC `ESC ] … BEL|ESC \`, DCS/SOS/PM/APC
    /// strings, two-character escapes) and without control characters other than tab. A carriage return keeps
    /// what a terminal would show last: the text after it, unless nothing follows.
    ///
    /// ```swift
    /// TerminalEscapes.stripped("\u{1B}[1;32mStep 1/3\u{1B}[0m") // "Step 1/3"
    /// ```
    package static func stripped(_ line: String) -> String {
        guard line.unicodeScalars.contains(where: isControl) else { return line }
        var scalars = Array(line.unicodeScalars)[...]
        var kept = String.UnicodeScalarView()
        var segment = String.UnicodeScalarView()
        while let scalar = scalars.popFirst() {
            switch scalar.value {
            case 0x1B:
                skipEscape(&scalars)
            case 0x9B:
                skipControlSequence(&scalars)
            case 0x0D:
                if !segment.isEmpty { kept = segment }
                segment = String.UnicodeScalarView()
            case 0x08:
                if !segment.isEmpty { segment.removeLast() }
            case 0x09:
                segment.append(scalar)
            case _ where isControl(scalar):
                continue
            default:
                segment.append(scalar)
            }
        }
        return String(segment.isEmpty ? kept : segment)
    }

    /// C0 controls, DEL and the C1 range.
    private static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value)
    }

    /// Skips what follows an ESC.
    private static func skipEscape(_ scalars: inout ArraySlice<Unicode.Scalar>) {
        guard let introducer = scalars.popFirst() else { return }
        switch introducer {
        case "[": skipControlSequence(&scalars)
        case "]", "P", "X", "^", "_": skipString(&scalars)
        case _ where (0x20...0x2F).contains(introducer.value):
            // nF escapes (`ESC ( B`): intermediates, then one final character.
            while let next = scalars.first, (0x20...0x2F).contains(next.value) { scalars.removeFirst() }
            _ = scalars.popFirst()
        default:
            break  // a two-character escape such as `ESC 7` or `ESC M`
        }
    }

    /// Skips a CSI's parameter and intermediate characters and its final character (`@` to `~`).
    private static func skipControlSequence(_ scalars: inout ArraySlice<Unicode.Scalar>) {
        while let next = scalars.first {
            guard (0x20...0x7E).contains(next.value) else { return }  // cut short: the rest is text again
            scalars.removeFirst()
            if next.value >= 0x40 { return }
        }
    }

    /// Skips an OSC or DCS-like string up to its terminator, BEL or `ESC \`.
    private static func skipString(_ scalars: inout ArraySlice<Unicode.Scalar>) {
        while let next = scalars.popFirst() {
            if next.value == 0x07 || next.value == 0x9C { return }
            if next.value == 0x1B {
                if scalars.first == "\\" { scalars.removeFirst() }
                return
            }
        }
    }
}
