# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'case_editor.ui'
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
from PySide6.QtWidgets import (QAbstractButton, QApplication, QComboBox, QDateEdit,
    QDialog, QDialogButtonBox, QFormLayout, QLabel,
    QLineEdit, QPlainTextEdit, QSizePolicy, QVBoxLayout,
    QWidget)

class Ui_CaseEditor(object):
    def setupUi(self, CaseEditor):
        if not CaseEditor.objectName():
            CaseEditor.setObjectName(u"CaseEditor")
        CaseEditor.resize(560, 560)
        CaseEditor.setMinimumSize(QSize(480, 0))
        self.dialogLayout = QVBoxLayout(CaseEditor)
        self.dialogLayout.setSpacing(12)
        self.dialogLayout.setObjectName(u"dialogLayout")
        self.dialogLayout.setContentsMargins(18, 18, 18, 14)
        self.introLabel = QLabel(CaseEditor)
        self.introLabel.setObjectName(u"introLabel")
        self.introLabel.setWordWrap(True)

        self.dialogLayout.addWidget(self.introLabel)

        self.formLayout = QFormLayout()
        self.formLayout.setObjectName(u"formLayout")
        self.formLayout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.formLayout.setLabelAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignVCenter)
        self.formLayout.setHorizontalSpacing(10)
        self.formLayout.setVerticalSpacing(8)
        self.titleLabel = QLabel(CaseEditor)
        self.titleLabel.setObjectName(u"titleLabel")

        self.formLayout.setWidget(0, QFormLayout.ItemRole.LabelRole, self.titleLabel)

        self.titleEdit = QLineEdit(CaseEditor)
        self.titleEdit.setObjectName(u"titleEdit")
        self.titleEdit.setMaxLength(300)

        self.formLayout.setWidget(0, QFormLayout.ItemRole.FieldRole, self.titleEdit)

        self.brandLabel = QLabel(CaseEditor)
        self.brandLabel.setObjectName(u"brandLabel")

        self.formLayout.setWidget(1, QFormLayout.ItemRole.LabelRole, self.brandLabel)

        self.brandEdit = QLineEdit(CaseEditor)
        self.brandEdit.setObjectName(u"brandEdit")
        self.brandEdit.setMaxLength(200)

        self.formLayout.setWidget(1, QFormLayout.ItemRole.FieldRole, self.brandEdit)

        self.productLineLabel = QLabel(CaseEditor)
        self.productLineLabel.setObjectName(u"productLineLabel")

        self.formLayout.setWidget(2, QFormLayout.ItemRole.LabelRole, self.productLineLabel)

        self.productLineEdit = QLineEdit(CaseEditor)
        self.productLineEdit.setObjectName(u"productLineEdit")
        self.productLineEdit.setMaxLength(200)

        self.formLayout.setWidget(2, QFormLayout.ItemRole.FieldRole, self.productLineEdit)

        self.priorityLabel = QLabel(CaseEditor)
        self.priorityLabel.setObjectName(u"priorityLabel")

        self.formLayout.setWidget(3, QFormLayout.ItemRole.LabelRole, self.priorityLabel)

        self.priorityCombo = QComboBox(CaseEditor)
        self.priorityCombo.setObjectName(u"priorityCombo")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.priorityCombo.sizePolicy().hasHeightForWidth())
        self.priorityCombo.setSizePolicy(sizePolicy)
        self.priorityCombo.setMinimumSize(QSize(140, 0))

        self.formLayout.setWidget(3, QFormLayout.ItemRole.FieldRole, self.priorityCombo)

        self.jurisdictionsLabel = QLabel(CaseEditor)
        self.jurisdictionsLabel.setObjectName(u"jurisdictionsLabel")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.LabelRole, self.jurisdictionsLabel)

        self.jurisdictionsEdit = QLineEdit(CaseEditor)
        self.jurisdictionsEdit.setObjectName(u"jurisdictionsEdit")

        self.formLayout.setWidget(4, QFormLayout.ItemRole.FieldRole, self.jurisdictionsEdit)

        self.counselLabel = QLabel(CaseEditor)
        self.counselLabel.setObjectName(u"counselLabel")

        self.formLayout.setWidget(5, QFormLayout.ItemRole.LabelRole, self.counselLabel)

        self.counselEdit = QLineEdit(CaseEditor)
        self.counselEdit.setObjectName(u"counselEdit")

        self.formLayout.setWidget(5, QFormLayout.ItemRole.FieldRole, self.counselEdit)

        self.openedOnLabel = QLabel(CaseEditor)
        self.openedOnLabel.setObjectName(u"openedOnLabel")

        self.formLayout.setWidget(6, QFormLayout.ItemRole.LabelRole, self.openedOnLabel)

        self.openedOnEdit = QDateEdit(CaseEditor)
        self.openedOnEdit.setObjectName(u"openedOnEdit")
        sizePolicy.setHeightForWidth(self.openedOnEdit.sizePolicy().hasHeightForWidth())
        self.openedOnEdit.setSizePolicy(sizePolicy)
        self.openedOnEdit.setMinimumSize(QSize(140, 0))
        self.openedOnEdit.setCalendarPopup(True)

        self.formLayout.setWidget(6, QFormLayout.ItemRole.FieldRole, self.openedOnEdit)

        self.tagsLabel = QLabel(CaseEditor)
        self.tagsLabel.setObjectName(u"tagsLabel")

        self.formLayout.setWidget(7, QFormLayout.ItemRole.LabelRole, self.tagsLabel)

        self.tagsEdit = QLineEdit(CaseEditor)
        self.tagsEdit.setObjectName(u"tagsEdit")

        self.formLayout.setWidget(7, QFormLayout.ItemRole.FieldRole, self.tagsEdit)

        self.summaryLabel = QLabel(CaseEditor)
        self.summaryLabel.setObjectName(u"summaryLabel")
        self.summaryLabel.setAlignment(Qt.AlignmentFlag.AlignRight|Qt.AlignmentFlag.AlignTop)

        self.formLayout.setWidget(8, QFormLayout.ItemRole.LabelRole, self.summaryLabel)

        self.summaryEdit = QPlainTextEdit(CaseEditor)
        self.summaryEdit.setObjectName(u"summaryEdit")
        self.summaryEdit.setTabChangesFocus(True)

        self.formLayout.setWidget(8, QFormLayout.ItemRole.FieldRole, self.summaryEdit)


        self.dialogLayout.addLayout(self.formLayout)

        self.errorLabel = QLabel(CaseEditor)
        self.errorLabel.setObjectName(u"errorLabel")
        self.errorLabel.setTextFormat(Qt.TextFormat.PlainText)
        self.errorLabel.setVisible(False)
        self.errorLabel.setWordWrap(True)
        self.errorLabel.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.dialogLayout.addWidget(self.errorLabel)

        self.buttonBox = QDialogButtonBox(CaseEditor)
        self.buttonBox.setObjectName(u"buttonBox")
        self.buttonBox.setStandardButtons(QDialogButtonBox.StandardButton.Cancel|QDialogButtonBox.StandardButton.Ok)

        self.dialogLayout.addWidget(self.buttonBox)

#if QT_CONFIG(shortcut)
        self.titleLabel.setBuddy(self.titleEdit)
        self.brandLabel.setBuddy(self.brandEdit)
        self.productLineLabel.setBuddy(self.productLineEdit)
        self.priorityLabel.setBuddy(self.priorityCombo)
        self.jurisdictionsLabel.setBuddy(self.jurisdictionsEdit)
        self.counselLabel.setBuddy(self.counselEdit)
        self.openedOnLabel.setBuddy(self.openedOnEdit)
        self.tagsLabel.setBuddy(self.tagsEdit)
        self.summaryLabel.setBuddy(self.summaryEdit)
#endif // QT_CONFIG(shortcut)
        QWidget.setTabOrder(self.titleEdit, self.brandEdit)
        QWidget.setTabOrder(self.brandEdit, self.productLineEdit)
        QWidget.setTabOrder(self.productLineEdit, self.priorityCombo)
        QWidget.setTabOrder(self.priorityCombo, self.jurisdictionsEdit)
        QWidget.setTabOrder(self.jurisdictionsEdit, self.counselEdit)
        QWidget.setTabOrder(self.counselEdit, self.openedOnEdit)
        QWidget.setTabOrder(self.openedOnEdit, self.tagsEdit)
        QWidget.setTabOrder(self.tagsEdit, self.summaryEdit)

        self.retranslateUi(CaseEditor)
        self.buttonBox.rejected.connect(CaseEditor.reject)

        QMetaObject.connectSlotsByName(CaseEditor)
    # setupUi

    def retranslateUi(self, CaseEditor):
        CaseEditor.setWindowTitle(QCoreApplication.translate("CaseEditor", u"New Case", None))
        self.introLabel.setText(QCoreApplication.translate("CaseEditor", u"Open a case for one target: a seller, a factory, a website or a network. Only the title is required; the reference (CF-YYYY-NNNN) is assigned when you create the case.", None))
        self.titleLabel.setText(QCoreApplication.translate("CaseEditor", u"&Title:", None))
        self.titleEdit.setPlaceholderText(QCoreApplication.translate("CaseEditor", u"Required, e.g. Fake X9 scooters sold by Taobao shop \u901f\u8fbe\u8f66\u884c", None))
        self.brandLabel.setText(QCoreApplication.translate("CaseEditor", u"&Brand:", None))
        self.productLineLabel.setText(QCoreApplication.translate("CaseEditor", u"Product &line:", None))
        self.priorityLabel.setText(QCoreApplication.translate("CaseEditor", u"&Priority:", None))
        self.jurisdictionsLabel.setText(QCoreApplication.translate("CaseEditor", u"&Jurisdictions:", None))
#if QT_CONFIG(tooltip)
        self.jurisdictionsEdit.setToolTip(QCoreApplication.translate("CaseEditor", u"Two-letter codes separated by commas: CN, EU, NL, SG, TH, VN\u2026", None))
#endif // QT_CONFIG(tooltip)
        self.jurisdictionsEdit.setPlaceholderText(QCoreApplication.translate("CaseEditor", u"CN, NL, SG", None))
        self.counselLabel.setText(QCoreApplication.translate("CaseEditor", u"Responsible &counsel:", None))
        self.openedOnLabel.setText(QCoreApplication.translate("CaseEditor", u"&Opened on:", None))
        self.openedOnEdit.setDisplayFormat(QCoreApplication.translate("CaseEditor", u"yyyy-MM-dd", None))
        self.tagsLabel.setText(QCoreApplication.translate("CaseEditor", u"T&ags:", None))
        self.tagsEdit.setPlaceholderText(QCoreApplication.translate("CaseEditor", u"Comma-separated, e.g. marketplace, repeat infringer", None))
        self.summaryLabel.setText(QCoreApplication.translate("CaseEditor", u"&Summary:", None))
        self.summaryEdit.setPlaceholderText(QCoreApplication.translate("CaseEditor", u"What was found, where, and what you intend to do.", None))
    # retranslateUi

