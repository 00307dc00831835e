# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'deadline_editor.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, QSize, Qt)
from PySide6.QtWidgets import (QComboBox, QDialogButtonBox, QFormLayout, QHBoxLayout, QLabel, QLineEdit, QPlainTextEdit, QSizePolicy, QSpacerItem, QVBoxLayout, QWidget)

from casefile.ui.widgets.date_edits import DateEdit

class Ui_DeadlineEditor(object):
    def setupUi(self, DeadlineEditor):
        if not DeadlineEditor.objectName():
            DeadlineEditor.setObjectName(u"DeadlineEditor")
        DeadlineEditor.resize(640, 560)
        DeadlineEditor.setMinimumSize(QSize(520, 0))
        self.dialogLayout = QVBoxLayout(DeadlineEditor)
        self.dialogLayout.setSpacing(12)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.dialogLayout.setContentsMargins(18, 18, 18, 14)
        self.caseLabel = QLabel(DeadlineEditor)
        self.caseLabel.setObjectName(u"caseLabel")
        self.caseLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.caseLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.caseLabel)

        self.introLabel = QLabel(DeadlineEditor)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.introLabel)

        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.formLayout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.formLayout.setLabelAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)
        self.formLayout.setHorizontalSpacing(10)
        self.formLayout.setVerticalSpacing(8)
        self.titleLabel = QLabel(DeadlineEditor)
        self.titleLabel.setObjectName(u"titleLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.titleLabel)

        self.titleEdit = QLineEdit(DeadlineEditor)
        self.titleEdit.setObjectName(u"titleEdit")
        self.titleEdit.setMaxLength(300)

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.titleEdit)

        self.ruleLabel = QLabel(DeadlineEditor)
        self.ruleLabel.setObjectName(u"ruleLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.ruleLabel)

        self.ruleCombo = QComboBox(DeadlineEditor)
        self.ruleCombo.setObjectName(u"ruleCombo")
        self.ruleCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.ruleCombo.setMinimumContentsLength(30)

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.ruleCombo)

        self.ruleInfoLabel = QLabel(DeadlineEditor)
        self.ruleInfoLabel.setObjectName(u"ruleInfoLabel")
        self.ruleInfoLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.ruleInfoLabel.setWordWrap(True)
        self.ruleInfoLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.ruleInfoLabel)

        self.triggerLabel = QLabel(DeadlineEditor)
        self.triggerLabel.setObjectName(u"triggerLabel")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.triggerLabel)

        self.triggerEdit = DateEdit(DeadlineEditor)
        self.triggerEdit.setObjectName(u"triggerEdit")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.triggerEdit.sizePolicy().hasHeightForWidth())
        self.triggerEdit.setSizePolicy(sizePolicy)
        self.triggerEdit.setMinimumSize(QSize(140, 0))
        self.triggerEdit.setCalendarPopup(True)

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.triggerEdit)

        self.memberStateLabel = QLabel(DeadlineEditor)
        self.memberStateLabel.setObjectName(u"memberStateLabel")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.memberStateLabel)

        self.memberStateCombo = QComboBox(DeadlineEditor)
        self.memberStateCombo.setObjectName(u"memberStateCombo")
        sizePolicy.setHeightForWidth(self.memberStateCombo.sizePolicy().hasHeightForWidth())
        self.memberStateCombo.setSizePolicy(sizePolicy)

        self.formLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.memberStateCombo)

        self.dueLabel = QLabel(DeadlineEditor)
        self.dueLabel.setObjectName(u"dueLabel")

        self.formLayout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.dueLabel)

        self.dueEdit = DateEdit(DeadlineEditor)
        self.dueEdit.setObjectName(u"dueEdit")
        sizePolicy.setHeightForWidth(self.dueEdit.sizePolicy().hasHeightForWidth())
        self.dueEdit.setSizePolicy(sizePolicy)
        self.dueEdit.setMinimumSize(QSize(140, 0))
        self.dueEdit.setCalendarPopup(True)

        self.formLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.dueEdit)

        self.explanationLabel = QLabel(DeadlineEditor)
        self.explanationLabel.setObjectName(u"explanationLabel")
        self.explanationLabel.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignTop)

        self.formLayout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.explanationLabel)

        self.explanationEdit = QPlainTextEdit(DeadlineEditor)
        self.explanationEdit.setObjectName(u"explanationEdit")
        self.explanationEdit.setTabChangesFocus(True)

        self.formLayout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.explanationEdit)

        self.remindersLabel = QLabel(DeadlineEditor)
        self.remindersLabel.setObjectName(u"remindersLabel")

        self.formLayout.setWidget(7, QFormLayout.ItemRole.LabelRole, self.remindersLabel)

        self.remindersBox = QWidget(DeadlineEditor)
        self.remindersBox.setObjectName(u"remindersBox")
        self.remindersLayout = QHBoxLayout(self.remindersBox)
        self.remindersLayout.setSpacing(8)
        self.remindersLayout.setObjectName(u"remindersLayout")
        self.remindersLayout.setContentsMargins(0, 0, 0, 0)
        self.remindersEdit = QLineEdit(self.remindersBox)
        self.remindersEdit.setObjectName(u"remindersEdit")
        self.remindersEdit.setMaximumSize(QSize(140, 16777215))

        self.remindersLayout.addWidget(self.remindersEdit)

        self.remindersHint = QLabel(self.remindersBox)
        self.remindersHint.setObjectName(u"remindersHint")

        self.remindersLayout.addWidget(self.remindersHint)

        self.remindersSpacer = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.remindersLayout.addItem(self.remindersSpacer)


        self.formLayout.setWidget(7, QFormLayout.ItemRole.FieldRole, self.remindersBox)

        self.proceedingLabel = QLabel(DeadlineEditor)
        self.proceedingLabel.setObjectName(u"proceedingLabel")

        self.formLayout.setWidget(8, QFormLayout.ItemRole.LabelRole, self.proceedingLabel)

        self.proceedingCombo = QComboBox(DeadlineEditor)
        self.proceedingCombo.setObjectName(u"proceedingCombo")
        self.proceedingCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.proceedingCombo.setMinimumContentsLength(20)

        self.formLayout.setWidget(8, QFormLayout.ItemRole.FieldRole, self.proceedingCombo)


        self.dialogLayout.addLayout(self.formLayout)

        self.errorLabel = QLabel(DeadlineEditor)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.errorLabel.setVisible(False)
        self.errorLabel.setWordWrap(True)
        self.errorLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.dialogLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(DeadlineEditor)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.titleLabel.setBuddy(self.titleEdit)
        self.ruleLabel.setBuddy(self.ruleCombo)
        self.triggerLabel.setBuddy(self.triggerEdit)
        self.memberStateLabel.setBuddy(self.memberStateCombo)
        self.dueLabel.setBuddy(self.dueEdit)
        self.explanationLabel.setBuddy(self.explanationEdit)
        self.remindersLabel.setBuddy(self.remindersEdit)
        self.proceedingLabel.setBuddy(self.proceedingCombo)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.titleEdit, self.ruleCombo)
        QWidget.setTabOrder(self.ruleCombo, self.triggerEdit)
        QWidget.setTabOrder(self.triggerEdit, self.memberStateCombo)
        QWidget.setTabOrder(self.memberStateCombo, self.dueEdit)
        QWidget.setTabOrder(self.dueEdit, self.explanationEdit)
        QWidget.setTabOrder(self.explanationEdit, self.remindersEdit)
        QWidget.setTabOrder(self.remindersEdit, self.proceedingCombo)

        self.retranslateUi(DeadlineEditor)
        self.buttonBox.rejected.connect(DeadlineEditor.reject)

        QMetaObject.connectSlotsByName(DeadlineEditor)
    # setupUi

    def retranslateUi(self, DeadlineEditor):
        DeadlineEditor.setWindowTitle(QCoreApplication.translate("DeadlineEditor", u"Add Deadline", None))
        self.introLabel.setText(QCoreApplication.translate("DeadlineEditor", u"A date of your own, or one counted by a rule of the rule book from the day of the event that starts it.", None))
        self.titleLabel.setText(QCoreApplication.translate("DeadlineEditor", u"&Title: *", None))
        self.titleEdit.setPlaceholderText(QCoreApplication.translate("DeadlineEditor", u"Required, e.g. Send the sample to the appraiser", None))
        self.ruleLabel.setText(QCoreApplication.translate("DeadlineEditor", u"&Rule:", None))
#if QT_CONFIG(tooltip)
        self.ruleCombo.setToolTip(QCoreApplication.translate("DeadlineEditor", u"A rule of the rule book counts the due date from the day of an event, on its jurisdiction's calendar", None))
#endif // QT_CONFIG(tooltip)
        self.triggerLabel.setText(QCoreApplication.translate("DeadlineEditor", u"Counted &from:", None))
#if QT_CONFIG(tooltip)
        self.triggerEdit.setToolTip(QCoreApplication.translate("DeadlineEditor", u"The day of the event that starts the period (not counted itself)", None))
#endif // QT_CONFIG(tooltip)
        self.triggerEdit.setDisplayFormat(QCoreApplication.translate("DeadlineEditor", u"yyyy-MM-dd", None))
        self.memberStateLabel.setText(QCoreApplication.translate("DeadlineEditor", u"Member &state:", None))
#if QT_CONFIG(tooltip)
        self.memberStateCombo.setToolTip(QCoreApplication.translate("DeadlineEditor", u"The EU member state whose working days count the period", None))
#endif // QT_CONFIG(tooltip)
        self.dueLabel.setText(QCoreApplication.translate("DeadlineEditor", u"&Due on: *", None))
        self.dueEdit.setDisplayFormat(QCoreApplication.translate("DeadlineEditor", u"yyyy-MM-dd", None))
        self.explanationLabel.setText(QCoreApplication.translate("DeadlineEditor", u"E&xplanation:", None))
        self.explanationEdit.setPlaceholderText(QCoreApplication.translate("DeadlineEditor", u"Why this date, and what to do by then.", None))
        self.remindersLabel.setText(QCoreApplication.translate("DeadlineEditor", u"R&eminders:", None))
#if QT_CONFIG(tooltip)
        self.remindersEdit.setToolTip(QCoreApplication.translate("DeadlineEditor", u"Days before the due date, separated by commas; 0 is the day itself", None))
#endif // QT_CONFIG(tooltip)
        self.remindersEdit.setPlaceholderText(QCoreApplication.translate("DeadlineEditor", u"7, 1", None))
        self.remindersHint.setText(QCoreApplication.translate("DeadlineEditor", u"days before the due date", None))
        self.proceedingLabel.setText(QCoreApplication.translate("DeadlineEditor", u"&Proceeding:", None))
    # retranslateUi

