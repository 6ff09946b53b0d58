// What the extractor returns is the model's: `import Extraction` brings in `KGModel` too.
@_exported import KGModel
