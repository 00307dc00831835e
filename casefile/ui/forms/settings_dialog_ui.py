# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'settings_dialog.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, Qt)
from PySide6.QtWidgets import (QCheckBox, QComboBox, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QSpinBox, QTabWidget, QVBoxLayout, QWidget)

class Ui_SettingsDialog(object):
    def setupUi(self, SettingsDialog):
        if not SettingsDialog.objectName():
            SettingsDialog.setObjectName(u"SettingsDialog")
        SettingsDialog.resize(640, 440)
        self.dialogLayout = QVBoxLayout(SettingsDialog)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.tabs = QTabWidget(SettingsDialog)
        self.tabs.setObjectName(u"tabs")
        self.generalTab = QWidget()
        self.generalTab.setObjectName(u"generalTab")
        self.formLayout = QFormLayout(self.generalTab)
        self.formLayout.setObjectName(u"formLayout")
        self.formLayout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.languageLabel = QLabel(self.generalTab)
        self.languageLabel.setObjectName(u"languageLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.languageLabel)

        self.languageCombo = QComboBox(self.generalTab)
        self.languageCombo.setObjectName(u"languageCombo")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.languageCombo)

        self.userNameLabel = QLabel(self.generalTab)
        self.userNameLabel.setObjectName(u"userNameLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.userNameLabel)

        self.userNameEdit = QLineEdit(self.generalTab)
        self.userNameEdit.setObjectName(u"userNameEdit")
        self.userNameEdit.setMaxLength(120)

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.userNameEdit)

        self.userNameHint = QLabel(self.generalTab)
        self.userNameHint.setObjectName(u"userNameHint")
        self.userNameHint.setWordWrap(True)
        self.userNameHint.setTextFormat(Qt.TextFormat.PlainText)

        self.formLayout.setWidget(2, QFormLayout.ItemRole.SpanningRole, self.userNameHint)

        self.backupDaysLabel = QLabel(self.generalTab)
        self.backupDaysLabel.setObjectName(u"backupDaysLabel")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.backupDaysLabel)

        self.backupDaysSpin = QSpinBox(self.generalTab)
        self.backupDaysSpin.setObjectName(u"backupDaysSpin")
        self.backupDaysSpin.setMinimum(0)
        self.backupDaysSpin.setMaximum(365)
        self.backupDaysSpin.setValue(7)

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.backupDaysSpin)

        self.tabs.addTab(self.generalTab, "")
        self.bundlesTab = QWidget()
        self.bundlesTab.setObjectName(u"bundlesTab")
        self.bundlesLayout = QFormLayout(self.bundlesTab)
        self.bundlesLayout.setObjectName(u"bundlesLayout")
        self.bundlesLayout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.bundleLanguageLabel = QLabel(self.bundlesTab)
        self.bundleLanguageLabel.setObjectName(u"bundleLanguageLabel")

        self.bundlesLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.bundleLanguageLabel)

        self.bundleLanguageCombo = QComboBox(self.bundlesTab)
        self.bundleLanguageCombo.setObjectName(u"bundleLanguageCombo")

        self.bundlesLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.bundleLanguageCombo)

        self.signCheck = QCheckBox(self.bundlesTab)
        self.signCheck.setObjectName(u"signCheck")

        self.bundlesLayout.setWidget(1, QFormLayout.ItemRole.SpanningRole, self.signCheck)

        self.certificateHint = QLabel(self.bundlesTab)
        self.certificateHint.setObjectName(u"certificateHint")
        self.certificateHint.setWordWrap(True)
        self.certificateHint.setTextFormat(Qt.TextFormat.PlainText)

        self.bundlesLayout.setWidget(2, QFormLayout.ItemRole.SpanningRole, self.certificateHint)

        self.tabs.addTab(self.bundlesTab, "")
        self.rulesTab = QWidget()
        self.rulesTab.setObjectName(u"rulesTab")
        self.rulesLayout = QFormLayout(self.rulesTab)
        self.rulesLayout.setObjectName(u"rulesLayout")
        self.rulesLayout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.rulesIntro = QLabel(self.rulesTab)
        self.rulesIntro.setObjectName(u"rulesIntro")
        self.rulesIntro.setWordWrap(True)
        self.rulesIntro.setTextFormat(Qt.TextFormat.PlainText)

        self.rulesLayout.setWidget(0, QFormLayout.ItemRole.SpanningRole, self.rulesIntro)

        self.makeupCheck = QCheckBox(self.rulesTab)
        self.makeupCheck.setObjectName(u"makeupCheck")

        self.rulesLayout.setWidget(1, QFormLayout.ItemRole.SpanningRole, self.makeupCheck)

        self.transferBasisLabel = QLabel(self.rulesTab)
        self.transferBasisLabel.setObjectName(u"transferBasisLabel")

        self.rulesLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.transferBasisLabel)

        self.transferBasisCombo = QComboBox(self.rulesTab)
        self.transferBasisCombo.setObjectName(u"transferBasisCombo")

        self.rulesLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.transferBasisCombo)

        self.marginLabel = QLabel(self.rulesTab)
        self.marginLabel.setObjectName(u"marginLabel")

        self.rulesLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.marginLabel)

        self.marginSpin = QSpinBox(self.rulesTab)
        self.marginSpin.setObjectName(u"marginSpin")
        self.marginSpin.setMinimum(1)
        self.marginSpin.setMaximum(100)

        self.rulesLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.marginSpin)

        self.itemFourLabel = QLabel(self.rulesTab)
        self.itemFourLabel.setObjectName(u"itemFourLabel")

        self.rulesLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.itemFourLabel)

        self.itemFourCombo = QComboBox(self.rulesTab)
        self.itemFourCombo.setObjectName(u"itemFourCombo")

        self.rulesLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.itemFourCombo)

        self.topTierLabel = QLabel(self.rulesTab)
        self.topTierLabel.setObjectName(u"topTierLabel")

        self.rulesLayout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.topTierLabel)

        self.topTierCombo = QComboBox(self.rulesTab)
        self.topTierCombo.setObjectName(u"topTierCombo")

        self.rulesLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.topTierCombo)

        self.repeatLabel = QLabel(self.rulesTab)
        self.repeatLabel.setObjectName(u"repeatLabel")

        self.rulesLayout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.repeatLabel)

        self.repeatCombo = QComboBox(self.rulesTab)
        self.repeatCombo.setObjectName(u"repeatCombo")

        self.rulesLayout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.repeatCombo)

        self.tabs.addTab(self.rulesTab, "")

        self.dialogLayout.addWidget(self.tabs)

        self.errorLabel = QLabel(SettingsDialog)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setVisible(False)
        self.errorLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(SettingsDialog)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.languageLabel.setBuddy(self.languageCombo)
        self.userNameLabel.setBuddy(self.userNameEdit)
        self.backupDaysLabel.setBuddy(self.backupDaysSpin)
        self.bundleLanguageLabel.setBuddy(self.bundleLanguageCombo)
        self.transferBasisLabel.setBuddy(self.transferBasisCombo)
        self.marginLabel.setBuddy(self.marginSpin)
        self.itemFourLabel.setBuddy(self.itemFourCombo)
        self.topTierLabel.setBuddy(self.topTierCombo)
        self.repeatLabel.setBuddy(self.repeatCombo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(SettingsDialog)
        self.buttonBox.rejected.connect(SettingsDialog.reject)

        QMetaObject.connectSlotsByName(SettingsDialog)
    # setupUi

    def retranslateUi(self, SettingsDialog):
        SettingsDialog.setWindowTitle(QCoreApplication.translate("SettingsDialog", u"Settings", None))
        self.languageLabel.setText(QCoreApplication.translate("SettingsDialog", u"&Language:", None))
        self.userNameLabel.setText(QCoreApplication.translate("SettingsDialog", u"Your &name:", None))
        self.backupDaysLabel.setText(QCoreApplication.translate("SettingsDialog", u"Bac&kup reminder:", None))
        self.backupDaysSpin.setSpecialValueText(QCoreApplication.translate("SettingsDialog", u"Never", None))
        self.backupDaysSpin.setSuffix(QCoreApplication.translate("SettingsDialog", u" days after the last backup", None))
        self.tabs.setTabText(self.tabs.indexOf(self.generalTab), QCoreApplication.translate("SettingsDialog", u"&General", None))
        self.bundleLanguageLabel.setText(QCoreApplication.translate("SettingsDialog", u"Bundle &language:", None))
        self.signCheck.setText(QCoreApplication.translate("SettingsDialog", u"&Sign bundles with my certificate", None))
        self.tabs.setTabText(self.tabs.indexOf(self.bundlesTab), QCoreApplication.translate("SettingsDialog", u"&Bundles", None))
        self.makeupCheck.setText(QCoreApplication.translate("SettingsDialog", u"&Make-up weekend working days (\u8c03\u4f11\u4e0a\u73ed\u65e5) count as working days", None))
        self.transferBasisLabel.setText(QCoreApplication.translate("SettingsDialog", u"&Transfer periods of 3 days:", None))
        self.marginLabel.setText(QCoreApplication.translate("SettingsDialog", u"Suspicion &flagged at:", None))
        self.marginSpin.setSuffix(QCoreApplication.translate("SettingsDialog", u" %", None))
        self.itemFourLabel.setText(QCoreApplication.translate("SettingsDialog", u"Half rule, &item (\u56db):", None))
        self.topTierLabel.setText(QCoreApplication.translate("SettingsDialog", u"Half rule at the 10\u00d7 &tier:", None))
        self.repeatLabel.setText(QCoreApplication.translate("SettingsDialog", u"&Repeat figures at the 10\u00d7 tier:", None))
        self.tabs.setTabText(self.tabs.indexOf(self.rulesTab), QCoreApplication.translate("SettingsDialog", u"&Rules of this archive", None))
    # retranslateUi

