import TasterTestSupport
import Testing
@testable import TasterCommands

/// A service address's password is found wherever it is written, and never shown.
@Suite("Service addresses without their passwords", .ownThread)
struct ServiceAddressTextTests {
    @Test("a password is found and hidden", arguments: [
        ("postgresql://taster:s3cret-word@db.example.org/taster", "postgresql://taster:********@db.example.org/taster"),
        ("postgresql://db.example.org/taster?sslmode=require&password=s3cret-word", "postgresql://db.example.org/taster?sslmode=require&password=********"),
        ("host=db.example.org dbname=taster password=s3cret-word", "host=db.example.org dbname=taster password=********"),
    ])
    func passwordHidden(text: String, shown: String) {
        let address = ServiceAddressText(text)
        #expect(address.holdsPassword)
        #expect(address.redacted == shown)
        #expect(!(address.redacted ?? "").contains("s3cret-word"))

    }

    @Test("an address without a password is left as it is", arguments: [
        "postgresql://taster@db.example.org/taster?sslmode=verify-full", "service=taster", "host=/run/postgresql dbname=taster",
    ])
    func noPassword(text: String) {
        let address = ServiceAddressText(text)
        #expect(!address.holdsPassword)
        #expect(address.redacted == text)
        #expect(address.problem == nil)
    }

    @Test("a keyword with no value is a problem")
    func keywordWithoutValue() {
        #expect(ServiceAddressText("host= dbname=taster").problem != nil)
    }
}
