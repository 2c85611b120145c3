import PageModel

/// The page model's limits, named here so that `import Gongkai` alone is enough to set
/// `ExtractionOptions.limits`.
public typealias ReadLimits = PageModel.ReadLimits
