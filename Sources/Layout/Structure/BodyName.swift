/// Whether a line by itself reads as the name of a public body: covers often print the body
/// unlabelled under a title that does not name it (2025年部门预算 / 上海市某某局).
enum BodyName {
    /// How names of government bodies and public institutions end.
    static let endings = [
        "人民政府", "办事处", "委员会", "办公室", "管理局", "管理处", "管理委员会", "中心", "政府",
        "局", "厅", "委", "办", "院", "会", "部", "署", "所", "站", "馆", "队", "校", "处",
        "室", "社", "团", "行", "公司", "学", "园", "庭", "宫",
    ]

    static func isBodyName(_ text: String) -> Bool {
        let name = text.filter { !$0.isWhitespace }
        guard (3...40).contains(name.count), name.allSatisfy({ $0.isCJKIdeograph || "（）()·".contains($0) }),
            YearMention.all(in: name).isEmpty, !name.contains("：")
        else { return false }
        // A report's own words are not a body.
        guard !CoverReader.reportKinds.contains(where: name.hasSuffix), !name.hasSuffix("目录") else { return false }
        return endings.contains(where: name.hasSuffix)
    }
}
