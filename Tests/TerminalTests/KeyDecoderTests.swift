import CNcursesw
import Foundation
import Testing
import ThdashUI

@testable import ThdashTerminal

/// What `wget_wch` returns, decoded: the bracketed-paste markers, and the control keys flow control used to
/// take. One test feeds real bytes through ncurses (a screen on a pipe), so it runs alone.
@Suite(.serialized) struct KeyDecoderTests {
    private func decode(_ status: Int32, _ code: Int32) -> TerminalInput? {
        KeyDecoder.input(status: status, code: UInt32(bitPattern: code), mouse: { nil })
    }

    @Test func pasteMarkersAndKeysDecode() {
        #expect(decode(KEY_CODE_YES, thd_key_paste_start()) == .pasteStart)
        #expect(decode(KEY_CODE_YES, thd_key_paste_end()) == .pasteEnd)
        #expect(decode(KEY_CODE_YES, KEY_UP) == .key(.up))
        #expect(decode(OK, 0x71) == .key(.char("q")))
        #expect(decode(OK, 0x1B) == .key(.escape))
        // Ctrl-S and Ctrl-Q reach thdash as keys once flow control is off (no binding: they do nothing).
        #expect(decode(OK, 0x13) == .key(.ctrl("s")))
        #expect(decode(OK, 0x11) == .key(.ctrl("q")))
        #expect(decode(ERR, 0) == nil)
    }

    /// The bytes a terminal sends for a paste of "q" and then a typed "q", through ncurses with the paste
    /// keys defined: one paste, then the key.
    @Test func aPastedQIsOnePasteAndATypedQIsAKey() throws {
        var ends: [Int32] = [-1, -1]
        try #require(pipe(&ends) == 0)
        let input = try #require(fdopen(ends[0], "r"))
        let output = try #require(fopen("/dev/null", "w"))
        defer {
            fclose(input)
            fclose(output)
            close(ends[1])
        }
        let screen = try #require(newterm("xterm", output, input))
        defer {
            endwin()
            delscreen(screen)
        }
        thd_keypad()
        thd_define_paste_keys()
        thd_timeout(200)
        let bytes = Array("\u{1B}[200~q\u{1B}[201~q\u{1B}[200~x\ry\u{1B}[201~".utf8)
        #expect(write(ends[1], bytes, bytes.count) == bytes.count)

        var collector = PasteCollector()
        var keys: [Key] = []
        while true {
            var code: wint_t = 0
            let status = thd_get_wch(&code)
            if status == ERR { break }
            let decoded = KeyDecoder.input(status: status, code: UInt32(code), mouse: { nil })
            if let key = collector.take(decoded, at: .now) { keys.append(key) }
        }
        #expect(keys == [.paste("q"), .char("q"), .paste("x y")])
    }
}
