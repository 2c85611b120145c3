@testable import Fiscal
import Testing

@Suite("Amounts as printed in annex cells")
struct AmountTextTests {
    @Test(
        "Numbers in ASCII and full-width forms read with their printed decimals",
        arguments: [
            ("2,940.05", 2940.05, 2), ("88,282,511", 88_282_511, 0), ("-12.50", -12.5, 2), ("0.00", 0, 2),
            ("１，２３４．５０", 1234.5, 2), ("－１２", -12, 0), ("−3.5", -3.5, 1), (" 7 ", 7, 0), ("１２ ３４", 1234, 0),
        ])
    func reads(text: String, value: Double, decimals: Int) {
        #expect(AmountText(text) == .amount(value, decimals: decimals))
    }

    @Test(
        "Blanks and printed dashes, full-width too",
        arguments: [
            ("", AmountText.blank), ("  ", .blank),
            ("-", .dash), ("－", .dash), ("—", .dash), ("／", .dash),
        ])
    func blanksAndDashes(text: String, expected: AmountText) {
        #expect(AmountText(text) == expected)
    }

    @Test(
        "Texts that are not amounts do not read",
        arguments: [
            "91.00%", "12万元", "(123)", "（1）", "合计", "1.2.3", "12,34", "1,2345", "--5", "…",
        ])
    func notAmounts(text: String) {
        #expect(AmountText(text) == nil)
    }

    @Test func percentages() {
        #expect(AmountText.isPercentage("91.00%"))
        #expect(AmountText.isPercentage("１００．００％"))
        #expect(!AmountText.isPercentage("91.00"))
        #expect(!AmountText.isPercentage("合计%"))
    }

    @Test func roundingBoundIsHalfTheLastPlace() {
        #expect(AmountText("1.25")?.roundingBound == 0.005)
        #expect(AmountText("12")?.roundingBound == 0.5)
        #expect(AmountText("")?.roundingBound == 0)
    }
}
