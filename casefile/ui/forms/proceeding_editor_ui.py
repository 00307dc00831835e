# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'proceeding_editor.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, QSize, Qt)
from PySide6.QtWidgets import (QCheckBox, QComboBox, QDialogButtonBox, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QPlainTextEdit, QSizePolicy, QSpacerItem, QVBoxLayout)

from casefile.ui.widgets.date_edits import DateEdit

class Ui_ProceedingEditor(object):
    def setupUi(self, ProceedingEditor):
        if not ProceedingEditor.objectName():
            ProceedingEditor.setObjectName(u"ProceedingEditor")
        ProceedingEditor.resize(600, 560)
        ProceedingEditor.setMinimumSize(QSize(440, 0))
        self.dialogLayout = QVBoxLayout(ProceedingEditor)
        self.dialogLayout.setSpacing(10)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.dialogLayout.setContentsMargins(18, 18, 18, 14)
        self.caseLabel = QLabel(ProceedingEditor)
        self.caseLabel.setObjectName(u"caseLabel")
        self.caseLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.caseLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.caseLabel)

        self.introLabel = QLabel(ProceedingEditor)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.introLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.introLabel)

        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.routeLabel = QLabel(ProceedingEditor)
        self.routeLabel.setObjectName(u"routeLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.routeLabel)

        self.routeCombo = QComboBox(ProceedingEditor)
        self.routeCombo.setObjectName(u"routeCombo")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.routeCombo)

        self.authorityLabel = QLabel(ProceedingEditor)
        self.authorityLabel.setObjectName(u"authorityLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.authorityLabel)

        self.authorityEdit = QLineEdit(ProceedingEditor)
        self.authorityEdit.setObjectName(u"authorityEdit")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.authorityEdit)

        self.authorityRefLabel = QLabel(ProceedingEditor)
        self.authorityRefLabel.setObjectName(u"authorityRefLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.authorityRefLabel)

        self.authorityRefEdit = QLineEdit(ProceedingEditor)
        self.authorityRefEdit.setObjectName(u"authorityRefEdit")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.authorityRefEdit)

        self.jurisdictionLabel = QLabel(ProceedingEditor)
        self.jurisdictionLabel.setObjectName(u"jurisdictionLabel")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.jurisdictionLabel)

        self.jurisdictionEdit = QLineEdit(ProceedingEditor)
        self.jurisdictionEdit.setObjectName(u"jurisdictionEdit")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.jurisdictionEdit)

        self.stageLabel = QLabel(ProceedingEditor)
        self.stageLabel.setObjectName(u"stageLabel")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.stageLabel)

        self.stageCombo = QComboBox(ProceedingEditor)
        self.stageCombo.setObjectName(u"stageCombo")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.stageCombo)

        self.startedLabel = QLabel(ProceedingEditor)
        self.startedLabel.setObjectName(u"startedLabel")

        self.formLayout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.startedLabel)

        self.startedLayout = QHBoxLayout()
        self.startedLayout.setObjectName(u"startedLayout")
        self.startedCheck = QCheckBox(ProceedingEditor)
        self.startedCheck.setObjectName(u"startedCheck")

        self.startedLayout.addWidget(self.startedCheck)

        self.startedEdit = DateEdit(ProceedingEditor)
        self.startedEdit.setObjectName(u"startedEdit")
        self.startedEdit.setCalendarPopup(True)

        self.startedLayout.addWidget(self.startedEdit)

        self.startedSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.startedLayout.addItem(self.startedSpacer)


        self.formLayout.setLayout(5, QFormLayout.ItemRole.FieldRole, self.startedLayout)

        self.endedLabel = QLabel(ProceedingEditor)
        self.endedLabel.setObjectName(u"endedLabel")

        self.formLayout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.endedLabel)

        self.endedLayout = QHBoxLayout()
        self.endedLayout.setObjectName(u"endedLayout")
        self.endedCheck = QCheckBox(ProceedingEditor)
        self.endedCheck.setObjectName(u"endedCheck")

        self.endedLayout.addWidget(self.endedCheck)

        self.endedEdit = DateEdit(ProceedingEditor)
        self.endedEdit.setObjectName(u"endedEdit")
        self.endedEdit.setCalendarPopup(True)

        self.endedLayout.addWidget(self.endedEdit)

        self.endedSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.endedLayout.addItem(self.endedSpacer)


        self.formLayout.setLayout(6, QFormLayout.ItemRole.FieldRole, self.endedLayout)

        self.quantitySeizedLabel = QLabel(ProceedingEditor)
        self.quantitySeizedLabel.setObjectName(u"quantitySeizedLabel")

        self.formLayout.setWidget(7, QFormLayout.ItemRole.LabelRole, self.quantitySeizedLabel)

        self.quantitySeizedEdit = QLineEdit(ProceedingEditor)
        self.quantitySeizedEdit.setObjectName(u"quantitySeizedEdit")

        self.formLayout.setWidget(7, QFormLayout.ItemRole.FieldRole, self.quantitySeizedEdit)

        self.currencyLabel = QLabel(ProceedingEditor)
        self.currencyLabel.setObjectName(u"currencyLabel")

        self.formLayout.setWidget(8, QFormLayout.ItemRole.LabelRole, self.currencyLabel)

        self.currencyEdit = QLineEdit(ProceedingEditor)
        self.currencyEdit.setObjectName(u"currencyEdit")

        self.formLayout.setWidget(8, QFormLayout.ItemRole.FieldRole, self.currencyEdit)

        self.fineLabel = QLabel(ProceedingEditor)
        self.fineLabel.setObjectName(u"fineLabel")

        self.formLayout.setWidget(9, QFormLayout.ItemRole.LabelRole, self.fineLabel)

        self.fineEdit = QLineEdit(ProceedingEditor)
        self.fineEdit.setObjectName(u"fineEdit")

        self.formLayout.setWidget(9, QFormLayout.ItemRole.FieldRole, self.fineEdit)

        self.damagesLabel = QLabel(ProceedingEditor)
        self.damagesLabel.setObjectName(u"damagesLabel")

        self.formLayout.setWidget(10, QFormLayout.ItemRole.LabelRole, self.damagesLabel)

        self.damagesEdit = QLineEdit(ProceedingEditor)
        self.damagesEdit.setObjectName(u"damagesEdit")

        self.formLayout.setWidget(10, QFormLayout.ItemRole.FieldRole, self.damagesEdit)

        self.sentenceLabel = QLabel(ProceedingEditor)
        self.sentenceLabel.setObjectName(u"sentenceLabel")

        self.formLayout.setWidget(11, QFormLayout.ItemRole.LabelRole, self.sentenceLabel)

        self.sentenceEdit = QLineEdit(ProceedingEditor)
        self.sentenceEdit.setObjectName(u"sentenceEdit")

        self.formLayout.setWidget(11, QFormLayout.ItemRole.FieldRole, self.sentenceEdit)

        self.outcomeLabel = QLabel(ProceedingEditor)
        self.outcomeLabel.setObjectName(u"outcomeLabel")

        self.formLayout.setWidget(12, QFormLayout.ItemRole.LabelRole, self.outcomeLabel)

        self.outcomeEdit = QPlainTextEdit(ProceedingEditor)
        self.outcomeEdit.setObjectName(u"outcomeEdit")
        self.outcomeEdit.setMaximumSize(QSize(16777215, 80))

        self.formLayout.setWidget(12, QFormLayout.ItemRole.FieldRole, self.outcomeEdit)


        self.dialogLayout.addLayout(self.formLayout)

        self.errorLabel = QLabel(ProceedingEditor)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setVisible(False)
        self.errorLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.errorLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(ProceedingEditor)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.routeLabel.setBuddy(self.routeCombo)
        self.authorityLabel.setBuddy(self.authorityEdit)
        self.authorityRefLabel.setBuddy(self.authorityRefEdit)
        self.jurisdictionLabel.setBuddy(self.jurisdictionEdit)
        self.stageLabel.setBuddy(self.stageCombo)
        self.startedLabel.setBuddy(self.startedCheck)
        self.endedLabel.setBuddy(self.endedCheck)
        self.quantitySeizedLabel.setBuddy(self.quantitySeizedEdit)
        self.currencyLabel.setBuddy(self.currencyEdit)
        self.fineLabel.setBuddy(self.fineEdit)
        self.damagesLabel.setBuddy(self.damagesEdit)
        self.sentenceLabel.setBuddy(self.sentenceEdit)
        self.outcomeLabel.setBuddy(self.outcomeEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(ProceedingEditor)
        self.buttonBox.rejected.connect(ProceedingEditor.reject)

        QMetaObject.connectSlotsByName(ProceedingEditor)
    # setupUi

    def retranslateUi(self, ProceedingEditor):
        ProceedingEditor.setWindowTitle(QCoreApplication.translate("ProceedingEditor", u"Add Proceeding", None))
        self.routeLabel.setText(QCoreApplication.translate("ProceedingEditor", u"&Route:", None))
        self.authorityLabel.setText(QCoreApplication.translate("ProceedingEditor", u"&Authority:", None))
        self.authorityEdit.setPlaceholderText(QCoreApplication.translate("ProceedingEditor", u"e.g. \u5b81\u6ce2\u6d77\u5173 Ningbo Customs; \u6df1\u5733\u5e02\u5e02\u573a\u76d1\u7763\u7ba1\u7406\u5c40; Tmall IPP", None))
        self.authorityRefLabel.setText(QCoreApplication.translate("ProceedingEditor", u"Authority's &reference:", None))
        self.authorityRefEdit.setPlaceholderText(QCoreApplication.translate("ProceedingEditor", u"e.g. \u752c\u5173\u77e5\u5b57\u30142026\u301517\u53f7", None))
        self.jurisdictionLabel.setText(QCoreApplication.translate("ProceedingEditor", u"&Law and calendar:", None))
        self.jurisdictionEdit.setPlaceholderText(QCoreApplication.translate("ProceedingEditor", u"two-letter code; empty: the case's first", None))
#if QT_CONFIG(tooltip)
        self.jurisdictionEdit.setToolTip(QCoreApplication.translate("ProceedingEditor", u"The jurisdiction whose law and working-day calendar count this proceeding's deadlines (CN, NL, SG\u2026)", None))
#endif // QT_CONFIG(tooltip)
        self.stageLabel.setText(QCoreApplication.translate("ProceedingEditor", u"&Stage:", None))
        self.startedLabel.setText(QCoreApplication.translate("ProceedingEditor", u"S&tarted on:", None))
        self.startedCheck.setText(QCoreApplication.translate("ProceedingEditor", u"known", None))
        self.startedEdit.setDisplayFormat(QCoreApplication.translate("ProceedingEditor", u"yyyy-MM-dd", None))
        self.endedLabel.setText(QCoreApplication.translate("ProceedingEditor", u"&Ended on:", None))
        self.endedCheck.setText(QCoreApplication.translate("ProceedingEditor", u"ended", None))
        self.endedEdit.setDisplayFormat(QCoreApplication.translate("ProceedingEditor", u"yyyy-MM-dd", None))
        self.quantitySeizedLabel.setText(QCoreApplication.translate("ProceedingEditor", u"&Quantity seized:", None))
        self.quantitySeizedEdit.setPlaceholderText(QCoreApplication.translate("ProceedingEditor", u"pieces", None))
        self.currencyLabel.setText(QCoreApplication.translate("ProceedingEditor", u"C&urrency:", None))
        self.currencyEdit.setPlaceholderText(QCoreApplication.translate("ProceedingEditor", u"CNY", None))
        self.fineLabel.setText(QCoreApplication.translate("ProceedingEditor", u"&Fine:", None))
        self.fineEdit.setPlaceholderText(QCoreApplication.translate("ProceedingEditor", u"e.g. 85000", None))
        self.damagesLabel.setText(QCoreApplication.translate("ProceedingEditor", u"&Damages awarded:", None))
        self.damagesEdit.setPlaceholderText(QCoreApplication.translate("ProceedingEditor", u"e.g. 500000", None))
        self.sentenceLabel.setText(QCoreApplication.translate("ProceedingEditor", u"Se&ntence:", None))
        self.sentenceEdit.setPlaceholderText(QCoreApplication.translate("ProceedingEditor", u"e.g. 3 years' imprisonment, fine RMB 200,000", None))
        self.outcomeLabel.setText(QCoreApplication.translate("ProceedingEditor", u"&Outcome:", None))
    # retranslateUi

