# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'history_panel.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, QSize, Qt)
from PySide6.QtWidgets import (QAbstractItemView, QCheckBox, QComboBox, QHBoxLayout, QLabel, QLineEdit, QTableView, QVBoxLayout)

from casefile.ui.widgets.date_edits import DateEdit

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
        self.filterEdit.setMinimumSize(QSize(120, 0))
        self.filterEdit.setClearButtonEnabled(True)

        self.filterLayout.addWidget(self.filterEdit)

        self.kindCombo = QComboBox(HistoryPanel)
        self.kindCombo.setObjectName(u"kindCombo")
        self.kindCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.kindCombo.setMinimumContentsLength(10)

        self.filterLayout.addWidget(self.kindCombo)

        self.sinceCheck = QCheckBox(HistoryPanel)
        self.sinceCheck.setObjectName(u"sinceCheck")

        self.filterLayout.addWidget(self.sinceCheck)

        self.sinceEdit = DateEdit(HistoryPanel)
        self.sinceEdit.setObjectName(u"sinceEdit")
        self.sinceEdit.setEnabled(False)
        self.sinceEdit.setCalendarPopup(True)

        self.filterLayout.addWidget(self.sinceEdit)

        self.untilCheck = QCheckBox(HistoryPanel)
        self.untilCheck.setObjectName(u"untilCheck")

        self.filterLayout.addWidget(self.untilCheck)

        self.untilEdit = DateEdit(HistoryPanel)
        self.untilEdit.setObjectName(u"untilEdit")
        self.untilEdit.setEnabled(False)
        self.untilEdit.setCalendarPopup(True)

        self.filterLayout.addWidget(self.untilEdit)


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
        self.sinceCheck.setText(QCoreApplication.translate("HistoryPanel", u"&From", None))
#if QT_CONFIG(tooltip)
        self.sinceCheck.setToolTip(QCoreApplication.translate("HistoryPanel", u"Only changes made on or after this day", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(tooltip)
        self.sinceEdit.setToolTip(QCoreApplication.translate("HistoryPanel", u"Only changes made on or after this day", None))
#endif // QT_CONFIG(tooltip)
        self.sinceEdit.setDisplayFormat(QCoreApplication.translate("HistoryPanel", u"yyyy-MM-dd", None))
        self.untilCheck.setText(QCoreApplication.translate("HistoryPanel", u"&To", None))
#if QT_CONFIG(tooltip)
        self.untilCheck.setToolTip(QCoreApplication.translate("HistoryPanel", u"Only changes made on or before this day", None))
#endif // QT_CONFIG(tooltip)
#if QT_CONFIG(tooltip)
        self.untilEdit.setToolTip(QCoreApplication.translate("HistoryPanel", u"Only changes made on or before this day", None))
#endif // QT_CONFIG(tooltip)
        self.untilEdit.setDisplayFormat(QCoreApplication.translate("HistoryPanel", u"yyyy-MM-dd", None))
        pass
    # retranslateUi

