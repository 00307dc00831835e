# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'custody_entry.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import (QCoreApplication, QMetaObject, QSize, Qt)
from PySide6.QtWidgets import (QComboBox, QDialogButtonBox, QFormLayout, QLabel, QLineEdit, QPlainTextEdit, QSizePolicy, QVBoxLayout, QWidget)

from casefile.ui.widgets.date_edits import DateTimeEdit

class Ui_CustodyEntry(object):
    def setupUi(self, CustodyEntry):
        if not CustodyEntry.objectName():
            CustodyEntry.setObjectName(u"CustodyEntry")
        CustodyEntry.resize(600, 520)
        CustodyEntry.setMinimumSize(QSize(500, 0))
        self.dialogLayout = QVBoxLayout(CustodyEntry)
        self.dialogLayout.setSpacing(12)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.dialogLayout.setContentsMargins(18, 18, 18, 14)
        self.caseLabel = QLabel(CustodyEntry)
        self.caseLabel.setObjectName(u"caseLabel")
        self.caseLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.caseLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.caseLabel)

        self.introLabel = QLabel(CustodyEntry)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.introLabel)

        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.formLayout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.formLayout.setLabelAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)
        self.formLayout.setHorizontalSpacing(10)
        self.formLayout.setVerticalSpacing(8)
        self.exhibitLabel = QLabel(CustodyEntry)
        self.exhibitLabel.setObjectName(u"exhibitLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.exhibitLabel)

        self.exhibitCombo = QComboBox(CustodyEntry)
        self.exhibitCombo.setObjectName(u"exhibitCombo")
        self.exhibitCombo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.exhibitCombo.setMinimumContentsLength(30)

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.exhibitCombo)

        self.lastEntryLabel = QLabel(CustodyEntry)
        self.lastEntryLabel.setObjectName(u"lastEntryLabel")
        self.lastEntryLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.lastEntryLabel.setWordWrap(True)
        self.lastEntryLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.lastEntryLabel)

        self.actionLabel = QLabel(CustodyEntry)
        self.actionLabel.setObjectName(u"actionLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.actionLabel)

        self.actionCombo = QComboBox(CustodyEntry)
        self.actionCombo.setObjectName(u"actionCombo")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.actionCombo.sizePolicy().hasHeightForWidth())
        self.actionCombo.setSizePolicy(sizePolicy)

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.actionCombo)

        self.occurredAtLabel = QLabel(CustodyEntry)
        self.occurredAtLabel.setObjectName(u"occurredAtLabel")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.occurredAtLabel)

        self.occurredAtEdit = DateTimeEdit(CustodyEntry)
        self.occurredAtEdit.setObjectName(u"occurredAtEdit")
        sizePolicy.setHeightForWidth(self.occurredAtEdit.sizePolicy().hasHeightForWidth())
        self.occurredAtEdit.setSizePolicy(sizePolicy)
        self.occurredAtEdit.setMinimumSize(QSize(170, 0))
        self.occurredAtEdit.setCalendarPopup(True)

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.occurredAtEdit)

        self.receivedFromLabel = QLabel(CustodyEntry)
        self.receivedFromLabel.setObjectName(u"receivedFromLabel")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.receivedFromLabel)

        self.receivedFromEdit = QLineEdit(CustodyEntry)
        self.receivedFromEdit.setObjectName(u"receivedFromEdit")
        self.receivedFromEdit.setMaxLength(200)

        self.formLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.receivedFromEdit)

        self.handedToLabel = QLabel(CustodyEntry)
        self.handedToLabel.setObjectName(u"handedToLabel")

        self.formLayout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.handedToLabel)

        self.handedToEdit = QLineEdit(CustodyEntry)
        self.handedToEdit.setObjectName(u"handedToEdit")
        self.handedToEdit.setMaxLength(200)

        self.formLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.handedToEdit)

        self.sealNumberLabel = QLabel(CustodyEntry)
        self.sealNumberLabel.setObjectName(u"sealNumberLabel")

        self.formLayout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.sealNumberLabel)

        self.sealNumberEdit = QLineEdit(CustodyEntry)
        self.sealNumberEdit.setObjectName(u"sealNumberEdit")
        self.sealNumberEdit.setMaxLength(100)

        self.formLayout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.sealNumberEdit)

        self.locationLabel = QLabel(CustodyEntry)
        self.locationLabel.setObjectName(u"locationLabel")

        self.formLayout.setWidget(7, QFormLayout.ItemRole.LabelRole, self.locationLabel)

        self.locationEdit = QLineEdit(CustodyEntry)
        self.locationEdit.setObjectName(u"locationEdit")
        self.locationEdit.setMaxLength(300)

        self.formLayout.setWidget(7, QFormLayout.ItemRole.FieldRole, self.locationEdit)

        self.noteLabel = QLabel(CustodyEntry)
        self.noteLabel.setObjectName(u"noteLabel")
        self.noteLabel.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignTop)

        self.formLayout.setWidget(8, QFormLayout.ItemRole.LabelRole, self.noteLabel)

        self.noteEdit = QPlainTextEdit(CustodyEntry)
        self.noteEdit.setObjectName(u"noteEdit")
        self.noteEdit.setTabChangesFocus(True)

        self.formLayout.setWidget(8, QFormLayout.ItemRole.FieldRole, self.noteEdit)


        self.dialogLayout.addLayout(self.formLayout)

        self.errorLabel = QLabel(CustodyEntry)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.errorLabel.setVisible(False)
        self.errorLabel.setWordWrap(True)
        self.errorLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.dialogLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(CustodyEntry)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.exhibitLabel.setBuddy(self.exhibitCombo)
        self.actionLabel.setBuddy(self.actionCombo)
        self.occurredAtLabel.setBuddy(self.occurredAtEdit)
        self.receivedFromLabel.setBuddy(self.receivedFromEdit)
        self.handedToLabel.setBuddy(self.handedToEdit)
        self.sealNumberLabel.setBuddy(self.sealNumberEdit)
        self.locationLabel.setBuddy(self.locationEdit)
        self.noteLabel.setBuddy(self.noteEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.exhibitCombo, self.actionCombo)
        QWidget.setTabOrder(self.actionCombo, self.occurredAtEdit)
        QWidget.setTabOrder(self.occurredAtEdit, self.receivedFromEdit)
        QWidget.setTabOrder(self.receivedFromEdit, self.handedToEdit)
        QWidget.setTabOrder(self.handedToEdit, self.sealNumberEdit)
        QWidget.setTabOrder(self.sealNumberEdit, self.locationEdit)
        QWidget.setTabOrder(self.locationEdit, self.noteEdit)

        self.retranslateUi(CustodyEntry)
        self.buttonBox.rejected.connect(CustodyEntry.reject)

        QMetaObject.connectSlotsByName(CustodyEntry)
    # setupUi

    def retranslateUi(self, CustodyEntry):
        CustodyEntry.setWindowTitle(QCoreApplication.translate("CustodyEntry", u"Record Custody", None))
        self.introLabel.setText(QCoreApplication.translate("CustodyEntry", u"One link in an exhibit's chain of custody: who had it, when, under which seal and where it was kept.", None))
        self.exhibitLabel.setText(QCoreApplication.translate("CustodyEntry", u"E&xhibit:", None))
        self.actionLabel.setText(QCoreApplication.translate("CustodyEntry", u"&Action:", None))
        self.occurredAtLabel.setText(QCoreApplication.translate("CustodyEntry", u"&When:", None))
        self.occurredAtEdit.setDisplayFormat(QCoreApplication.translate("CustodyEntry", u"yyyy-MM-dd HH:mm", None))
        self.receivedFromLabel.setText(QCoreApplication.translate("CustodyEntry", u"Received &from:", None))
        self.receivedFromEdit.setPlaceholderText(QCoreApplication.translate("CustodyEntry", u"Who handed it over", None))
        self.handedToLabel.setText(QCoreApplication.translate("CustodyEntry", u"&Handed to:", None))
        self.handedToEdit.setPlaceholderText(QCoreApplication.translate("CustodyEntry", u"Who took it", None))
        self.sealNumberLabel.setText(QCoreApplication.translate("CustodyEntry", u"&Seal number:", None))
        self.locationLabel.setText(QCoreApplication.translate("CustodyEntry", u"S&torage location:", None))
        self.locationEdit.setPlaceholderText(QCoreApplication.translate("CustodyEntry", u"e.g. Shanghai office safe", None))
        self.noteLabel.setText(QCoreApplication.translate("CustodyEntry", u"&Note:", None))
        self.noteEdit.setPlaceholderText(QCoreApplication.translate("CustodyEntry", u"e.g. Seal intact on receipt; opened for the appraisal", None))
    # retranslateUi

