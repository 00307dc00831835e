# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'history_panel.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QDate, QDateTime, QLocale,
    QMetaObject, QObject, QPoint, QRect,
    QSize, QTime, QUrl, Qt)
from PySide6.QtGui import (QBrush, QColor, QConicalGradient, QCursor,
    QFont, QFontDatabase, QGradient, QIcon,
    QImage, QKeySequence, QLinearGradient, QPainter,
    QPalette, QPixmap, QRadialGradient, QTransform)
from PySide6.QtWidgets import (QAbstractItemView, QApplication, QComboBox, QHBoxLayout,
    QHeaderView, QLabel, QLineEdit, QSizePolicy,
    QTableView, QVBoxLayout, QWidget)

class Ui_HistoryPanel(object):
    def setupUi(self, HistoryPanel):
        if not HistoryPanel.objectName():
            HistoryPanel.setObjectName(u"HistoryPanel")
        HistoryPanel.resize(640, 420)
        self.panelLayout = QVBoxLayout(HistoryPanel)
        self.panelLayout.setObjectName(u"panelLayout")
        self.panelLayout.setContentsMargins(8, 8, 8, 4)
        self.filterLayout = QHBoxLayout()
        self.filterLayout.setObjectName(u"filterLayout")
        self.filterEdit = QLineEdit(HistoryPanel)
        self.filterEdit.setObjectName(u"filterEdit")
        self.filterEdit.setClearButtonEnabled(True)

        self.filterLayout.addWidget(self.filterEdit)

        self.kindCombo = QComboBox(HistoryPanel)
        self.kindCombo.setObjectName(u"kindCombo")

        self.filterLayout.addWidget(self.kindCombo)


        self.panelLayout.addLayout(self.filterLayout)

        self.table = QTableView(HistoryPanel)
        self.table.setObjectName(u"table")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setWordWrap(True)

        self.panelLayout.addWidget(self.table)

        self.statusLabel = QLabel(HistoryPanel)
        self.statusLabel.setObjectName(u"statusLabel")
        self.statusLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.statusLabel.setWordWrap(True)

        self.panelLayout.addWidget(self.statusLabel)


        self.retranslateUi(HistoryPanel)

        QMetaObject.connectSlotsByName(HistoryPanel)
    # setupUi

    def retranslateUi(self, HistoryPanel):
        self.filterEdit.setPlaceholderText(QCoreApplication.translate("HistoryPanel", u"Filter: a name, a value, a person\u2026", None))
#if QT_CONFIG(tooltip)
        self.kindCombo.setToolTip(QCoreApplication.translate("HistoryPanel", u"Only changes to this kind of record", None))
#endif // QT_CONFIG(tooltip)
        pass
    # retranslateUi

