import TasterShell
import TasterTestSupport
import Testing

@Suite(.ownThread) struct OutputStyleTests {
    @Test(arguments: [
        (true, [String: String](), false, OutputStyle.Mode.colour),
        (true, ["NO_COLOR": ""], false, .colour),
        (true, ["NO_COLOR": "1"], false, .monochrome),
        (true, ["NO_COLOR": "anything"], false, .monochrome),
        (true, ["TERM": "dumb"], false, .monochrome),
        (true, ["TERM": "xterm-256color"], false, .colour),
        (false, [:], false, .monochrome),
        (true, [:], true, .plain),
        (false, ["NO_COLOR": "1"], true, .plain),
    ])
    func decidesTheMode(terminal: Bool, environment: [String: String], plain: Bool, expected: OutputStyle.Mode) {
        let style = OutputStyle.decide(outputIsTerminal: terminal, environment: environment, plainRequested: plain)
        #expect(style.mode == expected)
    }

    @Test func helpersAddEscapesOnlyInColourMode() {
        let colour = OutputStyle(mode: .colour)
        #expect(colour.bold("hi") == "\u{1B}[1mhi\u{1B}[22m")
        #expect(colour.good("ok") == "\u{1B}[32mok\u{1B}[39m")
        #expect(colour.warn("careful") == "\u{1B}[33mcareful\u{1B}[39m")
        #expect(colour.dim("quiet") == "\u{1B}[2mquiet\u{1B}[22m")
        for mode in [OutputStyle.Mode.monochrome, .plain] {
            let style = OutputStyle(mode: mode)
            #expect(style.bold("hi") == "hi")
            #expect(style.good("ok") == "ok")
            #expect(style.warn("careful") == "careful")
            #expect(style.dim("quiet") == "quiet")
        }
    }

    @Test(arguments: [
        ("a **bold** word", "a \u{1B}[1mbold\u{1B}[22m word", "a bold word"),
        ("**two** and **three**", "\u{1B}[1mtwo\u{1B}[22m and \u{1B}[1mthree\u{1B}[22m", "two and three"),
        ("no markup", "no markup", "no markup"),
        ("2 ** 3 unpaired", "2 ** 3 unpaired", "2 ** 3 unpaired"),
        ("**a** then **unpaired", "\u{1B}[1ma\u{1B}[22m then **unpaired", "a then **unpaired"),
    ])
    func rendersBoldMarkup(text: String, colour: String, plain: String) {
        #expect(OutputStyle(mode: .colour).renderMarkup(text) == colour)
        #expect(OutputStyle(mode: .monochrome).renderMarkup(text) == plain)
        #expect(OutputStyle(mode: .plain).renderMarkup(text) == plain)
    }

    @Test func formatsLessonTextSafelyThenWraps() {
        let lesson = "Type **hint** \u{1B}]0;pwned\u{07}if you are stuck with this step"
        #expect(OutputStyle(mode: .plain).formatLessonText(lesson, width: 20)
            == "Type hint if you are\nstuck with this step")
        let colour = OutputStyle(mode: .colour).formatLessonText(lesson, width: 20)
        #expect(colour.hasPrefix("Type \u{1B}[1mhint\u{1B}[22m if you are\n"))
        #expect(!colour.contains("pwned"))
    }

    @Test(arguments: [
        (3, 8, "Step 3 of 8  [####------]"),
        (1, 1, "Step 1 of 1  [##########]"),
        (0, 5, "Step 0 of 5  [----------]"),
        (5, 10, "Step 5 of 10  [#####-----]"),
    ])
    func progressShowsABarWhenNotPlain(step: Int, total: Int, expected: String) {
        let label = "Step \(step) of \(total)"
        #expect(OutputStyle(mode: .monochrome).progress(label, step: step, of: total) == expected)
        #expect(OutputStyle(mode: .plain).progress(label, step: step, of: total) == label)
    }

    @Test func progressBarIsColouredInColourMode() {
        let bar = OutputStyle(mode: .colour).progress("Step 1 of 2", step: 1, of: 2, barWidth: 4)

        #expect(bar == "Step 1 of 2  [\u{1B}[32m##\u{1B}[39m\u{1B}[2m--\u{1B}[22m]")
    }

    @Test func bannerIsBoxedInNormalModes() {
        let banner = OutputStyle(mode: .monochrome).banner(["Your code", "K7P-4QX"])
        #expect(banner == """
            ┌───────────────┐
            │               │
            │   Your code   │
            │   K7P-4QX     │
            │               │
            └───────────────┘
            """)
    }

    @Test func bannerIsPlainLinesInPlainMode() {
        let banner = OutputStyle(mode: .plain).banner(["Your code", "K7P-4QX"])
        #expect(banner == "\nYour code\nK7P-4QX\n")
        #expect(!banner.contains("│"))
    }

    @Test func bannerSanitizesItsLines() {
        let banner = OutputStyle(mode: .plain).banner(["\u{1B}[2JSam"])
        #expect(banner == "\nSam\n")
    }
}
