/// The printed lines that belong to a table rather than to the body text.
package struct TableCaption: Sendable, Hashable {
    /// The title line above the grid (收入支出决算总表).
    package var title: String?
    /// A line in brackets under the title: the project of a scorecard (（设施设备购置项目）) or
    /// the period ((2024年度)).
    package var subtitle: String?
    /// The form code (公开01表).
    package var formCode: String?
    /// The unit line as printed (单位：万元).
    package var unit: String?
    /// The reporting body (部门：… / 编制单位：…).
    package var organization: String?
    /// Notes printed under the grid (注：…), one entry per line group.
    package var notes: [String]
    /// The line right above an untitled grid that could not be read as its title or a meta
    /// line (a sentence, a heading, a line set apart too far), for the diagnostic.
    package var unread: String?

    package init(
        title: String? = nil, subtitle: String? = nil, formCode: String? = nil,
        unit: String? = nil, organization: String? = nil, notes: [String] = []
    ) {
        self.title = title
        self.subtitle = subtitle
        self.formCode = formCode
        self.unit = unit
        self.organization = organization
        self.notes = notes
    }
}
