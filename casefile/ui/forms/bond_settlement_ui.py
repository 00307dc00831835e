# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'bond_settlement.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, QSize, Qt)
from PySide6.QtWidgets import (QComboBox, QDialogButtonBox, QFormLayout, QLabel, QSizePolicy, QSpacerItem, QVBoxLayout)

from casefile.ui.widgets.date_edits import DateEdit

class Ui_BondSettlement(object):
    def setupUi(self, BondSettlement):
        if not BondSettlement.objectName():
            BondSettlement.setObjectName(u"BondSettlement")
        BondSettlement.resize(460, 240)
        BondSettlement.setMinimumSize(QSize(440, 0))
        self.dialogLayout = QVBoxLayout(BondSettlement)
        self.dialogLayout.setSpacing(10)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.dialogLayout.setContentsMargins(18, 18, 18, 14)
        self.caseLabel = QLabel(BondSettlement)
        self.caseLabel.setObjectName(u"caseLabel")
        self.caseLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.caseLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.caseLabel)

        self.introLabel = QLabel(BondSettlement)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.introLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.introLabel)

        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.statusLabel = QLabel(BondSettlement)
        self.statusLabel.setObjectName(u"statusLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.statusLabel)

        self.statusCombo = QComboBox(BondSettlement)
        self.statusCombo.setObjectName(u"statusCombo")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.statusCombo)

        self.settledOnLabel = QLabel(BondSettlement)
        self.settledOnLabel.setObjectName(u"settledOnLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.settledOnLabel)

        self.settledOnEdit = DateEdit(BondSettlement)
        self.settledOnEdit.setObjectName(u"settledOnEdit")
        self.settledOnEdit.setCalendarPopup(True)

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.settledOnEdit)


        self.dialogLayout.addLayout(self.formLayout)

        self.bottomSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.dialogLayout.addItem(self.bottomSpacer)

        self.errorLabel = QLabel(BondSettlement)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setVisible(False)
        self.errorLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.errorLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(BondSettlement)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.statusLabel.setBuddy(self.statusCombo)
        self.settledOnLabel.setBuddy(self.settledOnEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(BondSettlement)
        self.buttonBox.rejected.connect(BondSettlement.reject)

        QMetaObject.connectSlotsByName(BondSettlement)
    # setupUi

    def retranslateUi(self, BondSettlement):
        BondSettlement.setWindowTitle(QCoreApplication.translate("BondSettlement", u"Bond Returned or Forfeited", None))
        self.statusLabel.setText(QCoreApplication.translate("BondSettlement", u"&Bond:", None))
        self.settledOnLabel.setText(QCoreApplication.translate("BondSettlement", u"&On:", None))
        self.settledOnEdit.setDisplayFormat(QCoreApplication.translate("BondSettlement", u"yyyy-MM-dd", None))
#if QT_CONFIG(tooltip)
        self.settledOnEdit.setToolTip(QCoreApplication.translate("BondSettlement", u"The day it was returned to you, or forfeited", None))
#endif // QT_CONFIG(tooltip)
    # retranslateUi

