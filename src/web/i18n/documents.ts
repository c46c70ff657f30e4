/**
 * The strings of the document downloads and the import screen, Vietnamese and English, added to
 * the app's one translation namespace when these components load (kept apart from vi.json/en.json).
 */
import i18n from './index';

const vi = {
  documents: {
    menu: 'Tải văn bản',
    boardXlsx: 'Bảng xã × tiêu chí (.xlsx)',
    valuesXlsx: 'Giá trị chỉ tiêu, ngưỡng và kết quả (.xlsx)',
    planDocx: 'Kế hoạch năm {{year}} (.docx)',
    planXlsx: 'Mục tiêu, tiến độ và nhiệm vụ năm {{year}} (.xlsx)',
    reportDocx: 'Báo cáo định kỳ (.docx)…',
    importLink: 'Nhập số liệu từ tệp Excel',
    downloading: 'Đang tạo tệp…',
    report: {
      title: 'Báo cáo định kỳ',
      period: 'Kỳ báo cáo',
      month: 'Tháng',
      quarter: 'Quý',
      half: '6 tháng',
      year: 'Năm',
      index: 'Tháng / quý / nửa năm',
      yearLabel: 'Năm',
      number: 'Số văn bản (nếu có)',
      issuedOn: 'Ngày ban hành',
      issuedOnHint: 'Để trống: ngày cuối kỳ báo cáo ({{date}})',
      issuedOnInvalid: 'Ngày không hợp lệ; nhập theo dạng dd/mm/yyyy',
      download: 'Tạo báo cáo',
    },
  },
  import: {
    title: 'Nhập số liệu từ tệp Excel',
    intro:
      'Dùng tệp "Giá trị chỉ tiêu" tải từ hệ thống: mỗi xã một dòng, mỗi chỉ tiêu một cột. Hệ thống kiểm tra toàn bộ tệp trước khi ghi và chỉ ghi các giá trị thay đổi (có nhật ký như khi nhập tay); giá trị không đổi giữ nguyên trạng thái xác minh.',
    template: 'Tải tệp mẫu (.xlsx)',
    file: 'Tệp .xlsx',
    filePlaceholder: 'Chọn tệp…',
    validOnly: 'Chỉ ghi các dòng hợp lệ (bỏ qua dòng có lỗi)',
    check: 'Chỉ kiểm tra',
    submit: 'Nhập số liệu',
    stage: {
      upload: 'Đang tải tệp lên',
      check: 'Đang kiểm tra tệp',
      read: 'Đang đọc bảng tính',
      validate: 'Đang kiểm tra từng ô',
      write: 'Đang ghi số liệu',
      done: 'Xong',
    },
    checked: 'Tệp hợp lệ: {{rows}} dòng, {{values}} giá trị. Nếu nhập: {{written}} giá trị sẽ được ghi (chưa ghi gì).',
    done: 'Đã ghi {{written}} giá trị, ngày số liệu {{date}}.',
    nothing: 'Không có giá trị nào thay đổi: không ghi gì, các xác minh giữ nguyên.',
    summary: '{{changed}} thay đổi, {{unchanged}} không đổi, {{new}} mới, {{conflicts}} xung đột',
    perCommune: 'Theo từng xã',
    commune: 'Xã',
    changed: 'Thay đổi',
    unchanged: 'Không đổi',
    new: 'Mới',
    conflicts: 'Xung đột',
    skipped: '{{count}} ô có lỗi, các dòng đó không được ghi:',
    problems: 'Các lỗi trong tệp',
    cell: 'Ô',
    message: 'Nội dung',
  },
};

const en: typeof vi = {
  documents: {
    menu: 'Download documents',
    boardXlsx: 'Communes × criteria (.xlsx)',
    valuesXlsx: 'Indicator values, thresholds and results (.xlsx)',
    planDocx: 'Plan {{year}} (.docx)',
    planXlsx: 'Targets, progress and tasks {{year}} (.xlsx)',
    reportDocx: 'Periodic report (.docx)…',
    importLink: 'Import values from Excel',
    downloading: 'Preparing the file…',
    report: {
      title: 'Periodic report',
      period: 'Period',
      month: 'Month',
      quarter: 'Quarter',
      half: 'Six months',
      year: 'Year',
      index: 'Month / quarter / half',
      yearLabel: 'Year',
      number: 'Document number (if any)',
      issuedOn: 'Issue date',
      issuedOnHint: 'Empty: the last day of the period ({{date}})',
      issuedOnInvalid: 'Not a valid date; type it as dd/mm/yyyy',
      download: 'Create the report',
    },
  },
  import: {
    title: 'Import values from Excel',
    intro:
      'Use the "indicator values" file downloaded from the system: one row per commune, one column per indicator. The whole file is checked before anything is written, and only changed values are written (audited like typed ones); unchanged values keep their verification.',
    template: 'Download the template (.xlsx)',
    file: '.xlsx file',
    filePlaceholder: 'Choose a file…',
    validOnly: 'Write only the valid rows (skip rows with errors)',
    check: 'Check only',
    submit: 'Import',
    stage: {
      upload: 'Uploading',
      check: 'Checking the file',
      read: 'Reading the workbook',
      validate: 'Checking every cell',
      write: 'Writing values',
      done: 'Done',
    },
    checked: 'The file is valid: {{rows}} rows, {{values}} values. Importing would write {{written}} values (nothing written yet).',
    done: 'Wrote {{written}} values, as of {{date}}.',
    nothing: 'No value changed: nothing was written, every verification is kept.',
    summary: '{{changed}} changed, {{unchanged}} unchanged, {{new}} new, {{conflicts}} conflicts',
    perCommune: 'Per commune',
    commune: 'Commune',
    changed: 'Changed',
    unchanged: 'Unchanged',
    new: 'New',
    conflicts: 'Conflicts',
    skipped: '{{count}} cells have errors; those rows were not written:',
    problems: 'Problems in the file',
    cell: 'Cell',
    message: 'Message',
  },
};

i18n.addResourceBundle('vi', 'translation', vi, true, false);
// English is loaded on request (i18n/index.ts checks whether an English bundle exists): add ours after it.
const addEnglish = () => {
  if (i18n.hasResourceBundle('en', 'translation')) i18n.addResourceBundle('en', 'translation', en, true, false);
};
addEnglish();
i18n.on('languageChanged', (lng) => {
  if (lng === 'en') addEnglish();
});
