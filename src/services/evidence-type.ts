/**
 * Decides what an uploaded file is from its bytes (file-type), accepts PDF, images and office
 * files only, and refuses a file whose content does not match the extension of its name.
 */
import { fileTypeFromBuffer } from 'file-type';
import { invalid } from '../domain/errors.js';

/** Detected type → the name extensions it may carry. OLE2 ("cfb") covers old .doc/.xls/.ppt. */
const ALLOWED: Record<string, { mime: string; extensions: string[] }> = {
  pdf: { mime: 'application/pdf', extensions: ['pdf'] },
  png: { mime: 'image/png', extensions: ['png'] },
  jpg: { mime: 'image/jpeg', extensions: ['jpg', 'jpeg'] },
  webp: { mime: 'image/webp', extensions: ['webp'] },
  tif: { mime: 'image/tiff', extensions: ['tif', 'tiff'] },
  docx: { mime: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', extensions: ['docx'] },
  xlsx: { mime: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', extensions: ['xlsx'] },
  pptx: { mime: 'application/vnd.openxmlformats-officedocument.presentationml.presentation', extensions: ['pptx'] },
  odt: { mime: 'application/vnd.oasis.opendocument.text', extensions: ['odt'] },
  ods: { mime: 'application/vnd.oasis.opendocument.spreadsheet', extensions: ['ods'] },
  cfb: { mime: 'application/x-cfb', extensions: ['doc', 'xls', 'ppt'] },
};
const OLD_OFFICE_MIME: Record<string, string> = {
  doc: 'application/msword',
  xls: 'application/vnd.ms-excel',
  ppt: 'application/vnd.ms-powerpoint',
};

/** The content types a stored file (evidence, attachment) is served with, for the API description. */
export const STORED_FILE_TYPES: readonly string[] = [
  ...Object.values(ALLOWED)
    .map((a) => a.mime)
    .filter((mime) => mime !== 'application/x-cfb'),
  ...Object.values(OLD_OFFICE_MIME),
];

/** "../../etc/passwd" → "passwd"; control characters removed; at most 200 characters. */
export function safeFileName(name: string): string {
  const base = name.normalize('NFC').split(/[\\/]/).pop() ?? '';
  const cleaned = [...base]
    .filter((ch) => (ch.codePointAt(0) ?? 0) >= 0x20 && ch !== '\u007f')
    .join('')
    .replace(/^\.+/, '')
    .trim()
    .slice(0, 200);
  return cleaned || 'tep-minh-chung';
}

export async function detectEvidenceType(content: Buffer, fileName: string): Promise<string> {
  const ext = fileName.includes('.') ? (fileName.split('.').pop() ?? '').toLowerCase() : '';
  const detected = await fileTypeFromBuffer(content);
  const allowed = detected ? ALLOWED[detected.ext] : undefined;
  if (!detected || !allowed) {
    throw invalid(
      'evidence.type_not_allowed',
      {
        vi: 'Chỉ nhận tệp PDF, ảnh (PNG, JPEG, WebP, TIFF) và tệp văn phòng (Word, Excel, PowerPoint, OpenDocument)',
        en: 'Only PDF, images and office files are accepted',
      },
      [
        {
          path: 'file',
          message: detected ? `nội dung là ${detected.ext} / content is ${detected.ext}` : 'không nhận ra loại tệp / unknown content',
        },
      ],
    );
  }
  if (!allowed.extensions.includes(ext)) {
    throw invalid(
      'evidence.name_mismatch',
      {
        vi: `Tên tệp có đuôi ".${ext}" nhưng nội dung là ${detected.ext.toUpperCase()}`,
        en: `The file is named ".${ext}" but its content is ${detected.ext.toUpperCase()}`,
      },
      [{ path: 'file', message: `${ext} ≠ ${detected.ext}` }],
    );
  }
  return detected.ext === 'cfb' ? (OLD_OFFICE_MIME[ext] ?? allowed.mime) : allowed.mime;
}

/** A safe name, the type read from the content (refused when not allowed), and the bytes stored by sha256. */
export async function storeTypedFile(store: { put(content: Buffer): Promise<{ sha256: string }> }, name: string, content: Buffer) {
  const fileName = safeFileName(name);
  const contentType = await detectEvidenceType(content, fileName);
  const { sha256 } = await store.put(content);
  return { fileName, contentType, sha256, size: content.length };
}
