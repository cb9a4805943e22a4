import Foundation
import TasterTestSupport
import Testing
@testable import TasterShell
import TasterWording

/// Reading aloud uses the catalogue's espeak-ng voice: Welsh steps are read with the Welsh voice.
@Suite("The read-aloud voice", .ownThread)
struct SpeakerVoiceTests {
    @Test("espeak-ng is asked for the catalogue's voice", arguments: [("en", "en-gb"), ("cy", "cy")])
    func voiceFromCatalogue(code: String, voice: String) throws {
        let catalogue = try #require(Catalogue.named(code))
        let folder = try TemporaryFolder(prefix: "taster-espeak")
        let said = folder.child("said.txt")
        // A stand-in espeak-ng that writes down how it was called and what it was given.
        let program = folder.child("espeak-ng")
        try "#!/bin/sh\n{ echo \"$@\"; cat; } > '\(said.path).part' && mv '\(said.path).part' '\(said.path)'\n".write(to: program, atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: program.path)
        let speaker = try #require(EspeakSpeaker(voice: catalogue.speechVoice, searchPath: folder.url.path))
        // The program runs on its own; wait (generously) for it to finish writing. While a
        // program another test is starting still holds the new script open, it cannot be run
        // ("text file busy") and the speaker, as it should, stays quiet: so ask again.
        let deadline = Date().addingTimeInterval(30)
        while !FileManager.default.fileExists(atPath: said.path), Date() < deadline {
            speaker.say("Croeso")
            let retry = Date().addingTimeInterval(2)
            while !FileManager.default.fileExists(atPath: said.path), Date() < retry { usleep(20_000) }
        }
        let text = try String(contentsOf: said, encoding: .utf8)
        #expect(text == "-v \(voice) --stdin\nCroeso")
    }
}
