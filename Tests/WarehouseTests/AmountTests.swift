import Foundation
import Testing
@testable import Warehouse

/// Numbers in report JSON given as text (read leniently) and in indicator targets.
@Suite("Warehouse numbers")
struct AmountTests {
    @Test(arguments: [
        ("1736.23", 1736.23), ("3,296,600", 3_296_600), ("-0.50", -0.5), ("１２３．５", 123.5), ("－12", -12),
        (" 7 ", 7),
    ])
    func amountsParse(text: String, value: Double) {
        #expect(Amount.parse(text) == value)
    }

    @Test(arguments: ["", "-", "—", "12万元", "100%", "合计", "1.2.3"])
    func nonAmountsDoNot(text: String) {
        #expect(Amount.parse(text) == nil)
    }

    @Test func leadingNumber() {
        #expect(Amount.leading(in: "243.91万人") == 243.91)
        #expect(Amount.leading(in: "≥95%") == 95)
        #expect(Amount.leading(in: "当年") == nil)
    }
}
