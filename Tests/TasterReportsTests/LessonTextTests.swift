import TasterReports
import TasterTestSupport
import Testing

@Suite("Lesson text", .ownThread)
struct LessonTextTests {
    @Test("paragraphs and bullets are told apart", arguments: [
        ("One.\n\nTwo.", 2),
        ("Intro:\n- a\n- b", 2),
        ("Just one line", 1),
        ("", 0),
    ])
    func blocks(text: String, count: Int) {
        #expect(LessonText(text).blocks.count == count)
    }

    @Test("bold runs become spans; an unpaired marker stays as written", arguments: [
        ("a **b** c", "a <strong>b</strong> c"),
        ("**all**", "<strong>all</strong>"),
        ("2 ** 3", "2 ** 3"),
        ("**x** and **y", "<strong>x</strong> and **y"),
        ("<i>&</i>", "&lt;i&gt;&amp;&lt;/i&gt;"),
    ])
    func bold(line: String, html: String) {
        #expect(LessonText.html(LessonText.spans(line)) == html)
    }

    @Test("HTML pages leave out invisible and direction-changing characters", arguments: ["\u{202E}knab", "Ama\u{200B}zon", "a\u{2066}b\u{2069}"])
    func hiddenCharactersLeftOut(text: String) {
        let escaped = HTMLText.escape(text)
        #expect(!escaped.unicodeScalars.contains { [0x202E, 0x200B, 0x2066, 0x2069].contains($0.value) })
        #expect(escaped.count == text.unicodeScalars.filter { ![0x202E, 0x200B, 0x2066, 0x2069].contains($0.value) }.count)
    }

    @Test("HTML escaping covers the five special characters")
    func escaping() {
        #expect(HTMLText.escape("&<>\"'x") == "&amp;&lt;&gt;&quot;&#39;x")
    }
}
