/**
 * Printed spreadsheets carry their page number like the documents do (Nghị định 30's rule for .docx):
 * centred in the top margin, Times New Roman 13 pt, none on the first page. Applied to every visible
 * sheet of a workbook just before it is written, so each .xlsx the app makes gets it.
 */
import type ExcelJS from 'exceljs';

/** "&C" centre, "&P" the page number. */
export const PAGE_NUMBER_HEADER = '&C&"Times New Roman,Regular"&13&P';

/** Pages are numbered on across the sheets; only the workbook's first page goes without a number. */
export function numberPages(wb: ExcelJS.Workbook): ExcelJS.Workbook {
  wb.worksheets
    .filter((ws) => ws.state === 'visible')
    .forEach((ws, i) => {
      ws.headerFooter = {
        ...ws.headerFooter,
        oddHeader: PAGE_NUMBER_HEADER,
        differentFirst: i === 0,
        ...(i === 0 ? { firstHeader: '' } : {}),
      };
    });
  return wb;
}
