/** Reads a generated .docx back: its paragraphs as plain text (runs joined), and the page geometry. */
import JSZip from 'jszip';

const decode = (s: string) =>
  s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');

export async function docxXml(buf: Buffer, part = 'word/document.xml'): Promise<string> {
  const zip = await JSZip.loadAsync(buf);
  const file = zip.file(part);
  if (!file) throw new Error(`${part} missing`);
  return file.async('string');
}

/** Every paragraph's text, in order. */
export async function docxParagraphs(buf: Buffer): Promise<string[]> {
  const xml = await docxXml(buf);
  return [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((m) =>
    decode([...m[0].matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((t) => t[1]).join('')),
  );
}

export async function docxParts(buf: Buffer): Promise<string[]> {
  return Object.keys((await JSZip.loadAsync(buf)).files);
}
