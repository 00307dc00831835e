# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'prior_penalty.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, QSize, Qt)
from PySide6.QtWidgets import (QComboBox, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QPlainTextEdit, QVBoxLayout)

from casefile.ui.widgets.date_edits import DateEdit

class Ui_PriorPenaltyDialog(object):
    def setupUi(self, PriorPenaltyDialog):
        if not PriorPenaltyDialog.objectName():
            PriorPenaltyDialog.setObjectName(u"PriorPenaltyDialog")
        PriorPenaltyDialog.resize(520, 380)
        PriorPenaltyDialog.setMinimumSize(QSize(440, 0))
        self.dialogLayout = QVBoxLayout(PriorPenaltyDialog)
        self.dialogLayout.setSpacing(10)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.dialogLayout.setContentsMargins(18, 18, 18, 14)
        self.caseLabel = QLabel(PriorPenaltyDialog)
        self.caseLabel.setObjectName(u"caseLabel")
        self.caseLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.caseLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.caseLabel)

        self.introLabel = QLabel(PriorPenaltyDialog)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)
        self.introLabel.setTextFormat(Qt.TextFormat.PlainText)

        self.dialogLayout.addWidget(self.introLabel)

        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.decidedOnLabel = QLabel(PriorPenaltyDialog)
        self.decidedOnLabel.setObjectName(u"decidedOnLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.decidedOnLabel)

        self.decidedOnEdit = DateEdit(PriorPenaltyDialog)
        self.decidedOnEdit.setObjectName(u"decidedOnEdit")
        self.decidedOnEdit.setCalendarPopup(True)

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.decidedOnEdit)

        self.kindLabel = QLabel(PriorPenaltyDialog)
        self.kindLabel.setObjectName(u"kindLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.kindLabel)

        self.kindCombo = QComboBox(PriorPenaltyDialog)
        self.kindCombo.setObjectName(u"kindCombo")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.kindCombo)

        self.conductLabel = QLabel(PriorPenaltyDialog)
        self.conductLabel.setObjectName(u"conductLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.conductLabel)

        self.conductCombo = QComboBox(PriorPenaltyDialog)
        self.conductCombo.setObjectName(u"conductCombo")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.conductCombo)

        self.authorityLabel = QLabel(PriorPenaltyDialog)
        self.authorityLabel.setObjectName(u"authorityLabel")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.authorityLabel)

        self.authorityEdit = QLineEdit(PriorPenaltyDialog)
        self.authorityEdit.setObjectName(u"authorityEdit")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.authorityEdit)

        self.referenceLabel = QLabel(PriorPenaltyDialog)
        self.referenceLabel.setObjectName(u"referenceLabel")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.referenceLabel)

        self.referenceEdit = QLineEdit(PriorPenaltyDialog)
        self.referenceEdit.setObjectName(u"referenceEdit")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.referenceEdit)

        self.noteLabel = QLabel(PriorPenaltyDialog)
        self.noteLabel.setObjectName(u"noteLabel")

        self.formLayout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.noteLabel)

        self.noteEdit = QPlainTextEdit(PriorPenaltyDialog)
        self.noteEdit.setObjectName(u"noteEdit")
        self.noteEdit.setMaximumSize(QSize(16777215, 70))

        self.formLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.noteEdit)


        self.dialogLayout.addLayout(self.formLayout)

        self.errorLabel = QLabel(PriorPenaltyDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setVisible(False)
        self.errorLabel.setWordWrap(True)
        self.errorLabel.setTextFormat(Qt.TextFormat.PlainText)

        self.dialogLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(PriorPenaltyDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.decidedOnLabel.setBuddy(self.decidedOnEdit)
        self.kindLabel.setBuddy(self.kindCombo)
        self.conductLabel.setBuddy(self.conductCombo)
        self.authorityLabel.setBuddy(self.authorityEdit)
        self.referenceLabel.setBuddy(self.referenceEdit)
        self.noteLabel.setBuddy(self.noteEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(PriorPenaltyDialog)
        self.buttonBox.rejected.connect(PriorPenaltyDialog.reject)

        QMetaObject.connectSlotsByName(PriorPenaltyDialog)
    # setupUi

    def retranslateUi(self, PriorPenaltyDialog):
        PriorPenaltyDialog.setWindowTitle(QCoreApplication.translate("PriorPenaltyDialog", u"Record Earlier Penalty", None))
        self.decidedOnLabel.setText(QCoreApplication.translate("PriorPenaltyDialog", u"&Decided on:", None))
        self.decidedOnEdit.setDisplayFormat(QCoreApplication.translate("PriorPenaltyDialog", u"yyyy-MM-dd", None))
        self.kindLabel.setText(QCoreApplication.translate("PriorPenaltyDialog", u"&Kind:", None))
        self.conductLabel.setText(QCoreApplication.translate("PriorPenaltyDialog", u"For &conduct:", None))
        self.authorityLabel.setText(QCoreApplication.translate("PriorPenaltyDialog", u"&Authority:", None))
        self.authorityEdit.setPlaceholderText(QCoreApplication.translate("PriorPenaltyDialog", u"e.g. \u676d\u5dde\u5e02\u6587\u5316\u5e02\u573a\u884c\u653f\u6267\u6cd5\u603b\u961f", None))
        self.referenceLabel.setText(QCoreApplication.translate("PriorPenaltyDialog", u"&Reference no.:", None))
        self.referenceEdit.setPlaceholderText(QCoreApplication.translate("PriorPenaltyDialog", u"e.g. \u676d\u6587\u6267\u7f5a\u30142025\u3015\u7b2c118\u53f7", None))
        self.noteLabel.setText(QCoreApplication.translate("PriorPenaltyDialog", u"&Note:", None))
    # retranslateUi

