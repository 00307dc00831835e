# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'money_editor.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, QSize, Qt)
from PySide6.QtWidgets import (QComboBox, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QSizePolicy, QSpacerItem, QVBoxLayout)

from casefile.ui.widgets.date_edits import DateEdit

class Ui_MoneyEditor(object):
    def setupUi(self, MoneyEditor):
        if not MoneyEditor.objectName():
            MoneyEditor.setObjectName(u"MoneyEditor")
        MoneyEditor.resize(520, 400)
        MoneyEditor.setMinimumSize(QSize(440, 0))
        self.dialogLayout = QVBoxLayout(MoneyEditor)
        self.dialogLayout.setSpacing(10)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.dialogLayout.setContentsMargins(18, 18, 18, 14)
        self.caseLabel = QLabel(MoneyEditor)
        self.caseLabel.setObjectName(u"caseLabel")
        self.caseLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.caseLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.caseLabel)

        self.introLabel = QLabel(MoneyEditor)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.introLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.introLabel)

        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.directionLabel = QLabel(MoneyEditor)
        self.directionLabel.setObjectName(u"directionLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.directionLabel)

        self.directionCombo = QComboBox(MoneyEditor)
        self.directionCombo.setObjectName(u"directionCombo")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.directionCombo)

        self.categoryLabel = QLabel(MoneyEditor)
        self.categoryLabel.setObjectName(u"categoryLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.categoryLabel)

        self.categoryCombo = QComboBox(MoneyEditor)
        self.categoryCombo.setObjectName(u"categoryCombo")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.categoryCombo)

        self.amountLabel = QLabel(MoneyEditor)
        self.amountLabel.setObjectName(u"amountLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.amountLabel)

        self.amountEdit = QLineEdit(MoneyEditor)
        self.amountEdit.setObjectName(u"amountEdit")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.amountEdit)

        self.currencyLabel = QLabel(MoneyEditor)
        self.currencyLabel.setObjectName(u"currencyLabel")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.currencyLabel)

        self.currencyEdit = QLineEdit(MoneyEditor)
        self.currencyEdit.setObjectName(u"currencyEdit")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.currencyEdit)

        self.occurredOnLabel = QLabel(MoneyEditor)
        self.occurredOnLabel.setObjectName(u"occurredOnLabel")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.occurredOnLabel)

        self.occurredOnEdit = DateEdit(MoneyEditor)
        self.occurredOnEdit.setObjectName(u"occurredOnEdit")
        self.occurredOnEdit.setCalendarPopup(True)

        self.formLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.occurredOnEdit)

        self.proceedingLabel = QLabel(MoneyEditor)
        self.proceedingLabel.setObjectName(u"proceedingLabel")

        self.formLayout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.proceedingLabel)

        self.proceedingCombo = QComboBox(MoneyEditor)
        self.proceedingCombo.setObjectName(u"proceedingCombo")
        self.proceedingCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.proceedingCombo.setMinimumContentsLength(20)

        self.formLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.proceedingCombo)

        self.descriptionLabel = QLabel(MoneyEditor)
        self.descriptionLabel.setObjectName(u"descriptionLabel")

        self.formLayout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.descriptionLabel)

        self.descriptionEdit = QLineEdit(MoneyEditor)
        self.descriptionEdit.setObjectName(u"descriptionEdit")

        self.formLayout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.descriptionEdit)


        self.dialogLayout.addLayout(self.formLayout)

        self.bondHint = QLabel(MoneyEditor)
        self.bondHint.setObjectName(u"bondHint")
        self.bondHint.setTextFormat(Qt.TextFormat.PlainText)
        self.bondHint.setWordWrap(True)

        self.dialogLayout.addWidget(self.bondHint)

        self.bottomSpacer = QSpacerItem(0, 0, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.dialogLayout.addItem(self.bottomSpacer)

        self.errorLabel = QLabel(MoneyEditor)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setVisible(False)
        self.errorLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.errorLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(MoneyEditor)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.directionLabel.setBuddy(self.directionCombo)
        self.categoryLabel.setBuddy(self.categoryCombo)
        self.amountLabel.setBuddy(self.amountEdit)
        self.currencyLabel.setBuddy(self.currencyEdit)
        self.occurredOnLabel.setBuddy(self.occurredOnEdit)
        self.proceedingLabel.setBuddy(self.proceedingCombo)
        self.descriptionLabel.setBuddy(self.descriptionEdit)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(MoneyEditor)
        self.buttonBox.rejected.connect(MoneyEditor.reject)

        QMetaObject.connectSlotsByName(MoneyEditor)
    # setupUi

    def retranslateUi(self, MoneyEditor):
        MoneyEditor.setWindowTitle(QCoreApplication.translate("MoneyEditor", u"Add Cost or Recovery", None))
        self.directionLabel.setText(QCoreApplication.translate("MoneyEditor", u"&Type:", None))
        self.categoryLabel.setText(QCoreApplication.translate("MoneyEditor", u"&Category:", None))
        self.amountLabel.setText(QCoreApplication.translate("MoneyEditor", u"&Amount:", None))
        self.amountEdit.setPlaceholderText(QCoreApplication.translate("MoneyEditor", u"e.g. 3,200.00", None))
        self.currencyLabel.setText(QCoreApplication.translate("MoneyEditor", u"C&urrency:", None))
#if QT_CONFIG(tooltip)
        self.currencyEdit.setToolTip(QCoreApplication.translate("MoneyEditor", u"Three letters: CNY, EUR, USD, SGD\u2026", None))
#endif // QT_CONFIG(tooltip)
        self.occurredOnLabel.setText(QCoreApplication.translate("MoneyEditor", u"&Date:", None))
        self.occurredOnEdit.setDisplayFormat(QCoreApplication.translate("MoneyEditor", u"yyyy-MM-dd", None))
#if QT_CONFIG(tooltip)
        self.occurredOnEdit.setToolTip(QCoreApplication.translate("MoneyEditor", u"The day it was paid or received", None))
#endif // QT_CONFIG(tooltip)
        self.proceedingLabel.setText(QCoreApplication.translate("MoneyEditor", u"&Proceeding:", None))
        self.descriptionLabel.setText(QCoreApplication.translate("MoneyEditor", u"&Note:", None))
        self.descriptionEdit.setPlaceholderText(QCoreApplication.translate("MoneyEditor", u"e.g. notary office invoice, payer, bank reference", None))
    # retranslateUi

