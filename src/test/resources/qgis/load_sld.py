"""Loads SLD files into QGIS (headless) the way "Layer Properties > Symbology > Load Style" does,
and prints per file what QGIS made of it as one JSON object: whether it loaded, the renderer, the
rules (label, filter expression) and whether labels are on."""
import json
import os
import sys

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
from qgis.core import QgsApplication, QgsVectorLayer  # noqa: E402

GEOMETRY = {"parcels": "Polygon", "corridors": "Polygon", "plants": "Point"}

app = QgsApplication([], False)
app.initQgis()
result = {}
for path in sys.argv[1:]:
    name = os.path.splitext(os.path.basename(path))[0]
    layer = QgsVectorLayer(GEOMETRY.get(name, "LineString") + "?crs=EPSG:4326", name, "memory")
    message, ok = layer.loadSldStyle(path)
    renderer = layer.renderer()
    rules = []
    if renderer is not None and renderer.type() == "RuleRenderer":
        rules = [{"label": r.label(), "filter": r.filterExpression()} for r in renderer.rootRule().descendants()]
    result[os.path.basename(path)] = {"loaded": bool(ok), "message": message,
                                      "renderer": renderer.type() if renderer else None,
                                      "rules": rules, "labels": layer.labelsEnabled()}
print(json.dumps(result))
app.exitQgis()
