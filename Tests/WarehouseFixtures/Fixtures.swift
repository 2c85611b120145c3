import Foundation

/// Hand-made report JSON for loader tests. The numbers are those printed in the corpus PDFs
/// (../shared/corpus): 三明市医疗保障局 2024 部门决算 (004), 四川省乐山市医疗保障局 2023 决算公开 (001),
/// 上海市财政局 2025 单位预算.
public enum Fixtures {
    public typealias JSON = [String: Any]

    /// A table from a grid of texts, one cell per position; `spans` gives (row, col) → colSpan
    /// for merged header cells, whose covered positions are left out.
    public static func table(
        _ id: String, _ title: String, unit: String = "单位：万元", headerRows: Int,
        _ rows: [[String?]]
    ) -> JSON {
        var cells: [JSON] = []
        for (r, row) in rows.enumerated() {
            var c = 0
            while c < row.count {
                guard let text = row[c] else {
                    c += 1
                    continue
                }
                // A run of nils after a text is that cell's span.
                var span = 1
                while c + span < row.count, row[c + span] == nil { span += 1 }
                cells.append([
                    "row": r, "col": c, "row_span": 1, "col_span": span, "text": text, "page": 1,
                    "bbox": [10.0 * Double(c), 20.0 * Double(r), 10.0 * Double(c + span), 20.0 * Double(r + 1)],
                ])
                c += span
            }
        }
        return [
            "id": id, "title": title, "pages": [1], "n_rows": rows.count, "n_cols": rows.map(\.count).max() ?? 0,
            "header_rows": headerRows, "detection": "ruled", "form_code": NSNull(), "unit": unit,
            "organization": NSNull(), "notes": [], "row_pages": Array(repeating: 1, count: rows.count), "cells": cells,
        ]
    }

    public static func report(
        sha: Character, organization: String, year: Int, kind: String, tables: [JSON],
        scorecards: [JSON] = [], lineItems: [JSON]? = nil
    ) -> JSON {
        var report: JSON = [
            "schema_version": "1.0.0",
            "source": ["file": "\(organization).pdf", "sha256": String(repeating: sha, count: 64), "page_count": 2],
            "metadata": [
                "title": "\(year)年度\(organization)\(kind)", "organization": organization, "fiscal_year": year,
                "report_kind": kind, "published_on": NSNull(),
            ],
            "pages": [
                [
                    "number": 1, "width": 595.3, "height": 841.9, "rotation": 0, "crop_box": [0, 0, 595.3, 841.9],
                    "character_count": 900,
                ],
                [
                    "number": 2, "width": 841.9, "height": 595.3, "rotation": 90, "crop_box": [0, 0, 595.3, 841.9],
                    "character_count": 400,
                ],
            ],
            "headings": [
                ["level": 1, "numbering": "第一部分", "title": "部门概况", "page": 1],
                ["level": 2, "numbering": "一、", "title": "收入支出决算总体情况说明", "page": 2],
            ],
            "paragraphs": [["text": "本部门……", "page": 1]],
            "outline": [], "figures": [],
            "tables": tables,
            "scorecards": scorecards,
            "diagnostics": [["severity": "info", "code": "blank_page", "page": 2, "message": "the page is blank"]],
        ]
        if let lineItems { report["line_items"] = lineItems }
        return report
    }

    public static func indicator(
        _ level2: String, _ level3: String, _ op: String?, _ target: String, _ unit: String?,
        _ actual: String, weight: Any = NSNull(), score: Any = NSNull()
    ) -> JSON {
        [
            "level1": "产出指标", "level2": level2, "level3": level3, "operator": op ?? NSNull(), "target": target,
            "unit": unit ?? NSNull(), "actual": actual, "weight": weight, "score": score, "note": NSNull(),
        ]
    }

    /// 三明市医疗保障局 2024: a tall 三公 table and 2080505 in a one-cell code column, with the line
    /// items `gongkai extract` reads from them.
    public static var sanming: JSON {
        report(
            sha: "a", organization: "三明市医疗保障局", year: 2024, kind: "部门决算",
            tables: [
                table(
                    "t1", "一般公共预算财政拨款“三公”经费支出决算表", headerRows: 1,
                    [
                        ["项目", "行次", "决算数"],
                        ["合计", "1", "39.27"],
                        ["1.因公出国（境）费", "2", "0.00"],
                        ["2.公务用车购置及运行维护费", "3", "21.00"],
                        ["其中：（1）公务用车购置费", "4", "0.00"],
                        ["（2）公务用车运行维护费", "5", "21.00"],
                        ["3.公务接待费", "6", "18.26"],
                    ]),
                table(
                    "t2", "支出决算表", headerRows: 2,
                    [
                        ["项目", nil, "本年支出合计", "基本支出", "项目支出"],
                        ["支出功能分类科目编码", "科目名称", "", "", ""],
                        ["合计", nil, "6201.62", "5032.24", "1169.38"],
                        ["2080505", "机关事业单位基本养老保险缴费支出", "440.31", "440.31", "0.00"],
                    ]),
            ],
            scorecards: [
                [
                    "table": "t3", "project": "医疗保障服务能力提升", "department": "三明市医疗保障局", "implementer": "三明市医疗保障局",
                    "indicators": [
                        indicator("数量指标", "开展培训次数", "≥", "4", "次", "4次", weight: 10, score: 10),
                        indicator("时效指标", "完成时间", "定性", "当年", nil, "当年", weight: 10, score: 10),
                    ],
                ]
            ],
            lineItems: [
                ("合计", "39.27", 1), ("1.因公出国（境）费", "0.00", 2), ("2.公务用车购置及运行维护费", "21.00", 3),
                ("其中：（1）公务用车购置费", "0.00", 4), ("（2）公务用车运行维护费", "21.00", 5), ("3.公务接待费", "18.26", 6),
            ].map { name, text, row in
                lineItem(
                    "t1", row: row, col: 2, code: nil, level: nil, parent: nil, name: name, column: ["决算数"], text: text)
            }
                + [
                    (["本年支出合计"], "6201.62", "440.31"), (["基本支出"], "5032.24", "440.31"), (["项目支出"], "1169.38", "0.00"),
                ].enumerated().flatMap { offset, item in
                    [
                        lineItem(
                            "t2", row: 2, col: 2 + offset, code: nil, level: nil, parent: nil, name: "合计",
                            column: item.0, text: item.1),
                        lineItem(
                            "t2", row: 3, col: 2 + offset, code: "2080505", level: 3, parent: "20805",
                            name: "机关事业单位基本养老保险缴费支出",
                            column: item.0, text: item.2),
                    ]
                })
    }

    /// 四川省乐山市医疗保障局 2023: a wide 三公 table; 2080505 in a code cell spanning 类/款/项;
    /// one indicator below its target; line items.
    public static var leshan: JSON {
        report(
            sha: "b", organization: "四川省乐山市医疗保障局", year: 2023, kind: "决算公开",
            tables: [
                table(
                    "t1", "财政拨款“三公”经费支出决算表", headerRows: 3,
                    [
                        ["预算数", nil, nil, nil, nil, nil, "决算数", nil, nil, nil, nil, nil],
                        [
                            "合计", "因公出国（境）费", "公务用车购置及运行维护费", nil, nil, "公务接待费",
                            "合计", "因公出国（境）费", "公务用车购置及运行维护费", nil, nil, "公务接待费",
                        ],
                        ["", "", "小计", "公务用车购置费", "公务用车运行维护费", "", "", "", "小计", "公务用车购置费", "公务用车运行维护费", ""],
                        [
                            "3.56", "0.00", "2.46", "0.00", "2.46", "1.10", "3.56", "0.00", "2.46", "0.00", "2.46",
                            "1.10",
                        ],
                    ]),
                table(
                    "t2", "支出决算表", headerRows: 3,
                    [
                        ["支出功能分类科目编码", nil, nil, "科目名称", "本年支出合计", "基本支出"],
                        ["类", "款", "项", "", "", ""],
                        ["栏次", nil, nil, nil, "1", "2"],
                        ["2080505", nil, nil, "机关事业单位基本养老保险缴费支出", "121.49", "121.49"],
                    ]),
            ],
            scorecards: [
                [
                    "table": "t9", "project": "城乡居民基本医疗保险补助资金", "department": "乐山市医疗保障局", "implementer": NSNull(),
                    "indicators": [
                        indicator("数量指标", "指标1:参保人数(万人)", "≥", "249", "万人", "243.91万人", weight: 5, score: 5),
                        indicator("质量指标", "医保基金监管覆盖率", "=", "100", "%", "100%", weight: 5, score: 5),
                        // An actual in % against a target in 万元 is a completion rate, not a miss.
                        indicator("成本指标", "购置设施设备费用", "≤", "5.0124", "万元", "100%"),
                    ],
                ]
            ],
            lineItems: ["预算数", "决算数"].enumerated().flatMap { half, top in
                [
                    (["合计"], "3.56"), (["因公出国（境）费"], "0.00"), (["公务用车购置及运行维护费", "小计"], "2.46"),
                    (["公务用车购置及运行维护费", "公务用车购置费"], "0.00"), (["公务用车购置及运行维护费", "公务用车运行维护费"], "2.46"),
                    (["公务接待费"], "1.10"),
                ].enumerated().map { offset, item in
                    lineItem(
                        "t1", row: 3, col: 6 * half + offset, code: nil, level: nil, parent: nil, name: "",
                        column: [top] + item.0,
                        text: item.1)
                }
            }
                + [(4, ["本年支出合计"]), (5, ["基本支出"])].map { col, column in
                    lineItem(
                        "t2", row: 3, col: col, code: "2080505", level: 3, parent: "20805", name: "机关事业单位基本养老保险缴费支出",
                        column: column, text: "121.49")
                })
    }

    /// 上海市财政局 2025: amounts in 元 with thousands separators, codes split over 类/款/项,
    /// and line items.
    public static var shanghai: JSON {
        report(
            sha: "c", organization: "上海市财政局", year: 2025, kind: "单位预算",
            tables: [
                table(
                    "t1", "2025年单位“三公”经费和机关运行经费预算表", headerRows: 3,
                    [
                        ["“三公”经费预算数", nil, nil, nil, nil, nil, "机关运行经费预算数"],
                        ["合计", "因公出国(境)费", "公务接待费", "公务用车购置及运行费", nil, nil, ""],
                        ["", "", "", "小计", "购置费", "运行费", ""],
                        ["346.30", "288.70", "25.40", "32.20", "", "32.20", "2,517.78"],
                    ]),
                table(
                    "t2", "2025年预算单位支出预算总表", unit: "单位：元", headerRows: 2,
                    [
                        ["功能分类科目编码", nil, nil, "功能分类科目名称", "合计"],
                        ["类", "款", "项", "", ""],
                        ["208", "", "", "社会保障和就业支出", "9,000,000"],
                        ["208", "05", "05", "机关事业单位基本养老保险缴费支出", "8,000,000"],
                    ]),
            ],
            lineItems: [
                (["合计"], "346.30"), (["因公出国(境)费"], "288.70"), (["公务接待费"], "25.40"), (["公务用车购置及运行费", "小计"], "32.20"),
                (["公务用车购置及运行费", "购置费"], ""), (["公务用车购置及运行费", "运行费"], "32.20"),
            ].enumerated().map { col, item in
                lineItem(
                    "t1", row: 3, col: col, code: nil, level: nil, parent: nil, name: "",
                    column: ["“三公”经费预算数"] + item.0,
                    text: item.1)
            } + [
                lineItem(
                    "t1", row: 3, col: 6, code: nil, level: nil, parent: nil, name: "", column: ["机关运行经费预算数"],
                    text: "2,517.78"),
                lineItem(
                    "t2", row: 2, col: 4, code: "208", level: 1, parent: nil, name: "社会保障和就业支出", column: ["合计"],
                    text: "9,000,000", unit: "元"),
                lineItem(
                    "t2", row: 3, col: 4, code: "2080505", level: 3, parent: "20805", name: "机关事业单位基本养老保险缴费支出",
                    column: ["合计"], text: "8,000,000", unit: "元"),
            ])
    }

    /// A `line_items` record as `gongkai extract` writes it for a cell printed as `text` (a
    /// number, "" or "-").
    public static func lineItem(
        _ table: String, row: Int, col: Int, code: String?, level: Int?, parent: String?, name: String,
        column: [String], text: String, unit: String = "万元"
    ) -> JSON {
        let amount = Double(text.replacingOccurrences(of: ",", with: ""))
        return [
            "table": table, "row": row, "col": col, "page": 1, "code": code ?? NSNull(), "level": level ?? NSNull(),
            "parent": parent ?? NSNull(), "name": name, "column": column, "amount": amount ?? NSNull(),
            "status": amount == nil ? (text.isEmpty ? "blank" : "dash") : "amount", "text": text, "unit": unit,
        ]
    }

    public static func data(_ object: JSON) throws -> Data {
        try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])
    }
}

/// A fresh empty folder, removed when released.
public final class Scratch {
    public let root: String

    public init() throws {
        root =
            FileManager.default.temporaryDirectory
            .appendingPathComponent("gongkai-warehouse-tests-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: root, withIntermediateDirectories: true)
    }

    deinit {
        try? FileManager.default.removeItem(atPath: root)
    }

    public func path(_ name: String) -> String { root + "/" + name }

    public func write(_ name: String, _ data: Data) throws {
        let url = URL(fileURLWithPath: path(name))
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try data.write(to: url)
    }

    public func write(_ name: String, json: Fixtures.JSON) throws {
        try write(name, try Fixtures.data(json))
    }
}
