// A Swift hello-world that loads Foundation as taster does: the second start-up baseline.
import Foundation

FileHandle.standardOutput.write(Data("Welcome to Taster!\n".utf8))
