import TasterTestSupport
import Testing
import TasterLessons

/// The guide says exactly what a lesson accepts: amounts are never rounded to the penny there.
@Suite("Amounts written exactly", .ownThread)
struct ExactNumberTests {
    @Test("amounts keep digits below a penny; whole pence read as usual", arguments: [
        (0.005, "£0.005"), (0.003, "£0.003"), (-0.0025, "-£0.0025"), (0.3, "£0.30"), (1234.5, "£1,234.50"), (0.01, "£0.01"),
    ])
    func pounds(value: Double, written: String) {
        #expect(NumberFormatting.exact(value, in: .pounds) == written)
    }

    @Test("percentages and plain numbers are as before")
    func others() {
        #expect(NumberFormatting.exact(12.5, in: .percent) == "12.5%")
        #expect(NumberFormatting.exact(0.005, in: .plain) == "0.005")
    }
}
