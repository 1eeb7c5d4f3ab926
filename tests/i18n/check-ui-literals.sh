#!/bin/sh
# Fails when a widget in ui/ is given a literal string instead of a translated one (tr()):
# setText("…"), setToolTip(QStringLiteral("…")), new QLabel(QStringLiteral("…")) and the like.
# A literal that is not text for people (a symbol, an HTML wrapper around translated text)
# carries the comment "// not text:" and why, on the same line.
#   check-ui-literals.sh DIR    (the ui/ directory; tests point it at a sample too)
set -eu
dir="$1"
calls='setText|setPlaceholderText|setToolTip|setStatusTip|setWhatsThis|setWindowTitle|setTitle'
calls="$calls|setAccessibleName|setAccessibleDescription|setLabelText|showMessage|addItem|addTab"
calls="$calls|insertItem|setTabText|setHorizontalHeaderLabels|setHeaderLabels|addAction"
calls="$calls|new QLabel|new QPushButton|new QCheckBox|new QRadioButton|new QGroupBox|new QAction"
calls="$calls|new QToolButton|QMessageBox::(information|warning|critical|question)"
found=$(grep -rnE --include='*.cpp' --include='*.h' \
    "($calls)\(([^()]*, *)?(\{ *)?(QStringLiteral|QLatin1String|QString::fromUtf8|u?\")" "$dir" \
    | grep -v '// not text:' || true)
if [ -n "$found" ]; then
    echo "Literal strings given to widgets (wrap them in tr(), or mark '// not text: why'):"
    echo "$found"
    exit 1
fi
echo "No literal strings given to widgets in $dir."
