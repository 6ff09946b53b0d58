// The model and the extractor are targets of their own, so that extraction builds
// and is tested without SQLite or Graphviz; `import Graph` still brings in both.
@_exported import Extraction
@_exported import KGModel
