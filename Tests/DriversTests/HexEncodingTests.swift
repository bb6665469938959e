import Crypto
import Foundation
import Testing

import Drivers

@Suite struct HexEncodingTests {
    @Test func writesTwoLowercaseDigitsPerByteKeepingLeadingZeros() {
        #expect([UInt8]().lowercaseHex == "")
        #expect([0x00, 0x0f, 0xa0, 0xff].lowercaseHex == "000fa0ff")
        #expect(
            SHA256.hash(data: Data("abc".utf8)).lowercaseHex
                == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
        )
    }
}
