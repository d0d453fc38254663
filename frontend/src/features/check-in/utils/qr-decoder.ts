import { prepareZXingModule, readBarcodes, type ReaderOptions } from 'zxing-wasm/reader';
// The decoder's WebAssembly file is bundled with the page (never fetched from elsewhere: the door may be offline).
import wasmUrl from 'zxing-wasm/reader/zxing_reader.wasm?url';

const OPTIONS: ReaderOptions = {
  formats: ['QRCode'],
  tryHarder: true,
  maxNumberOfSymbols: 1,
};

let prepared: Promise<unknown> | null = null;

/**
 * Loads the decoder now (ZXing-C++ as WebAssembly, docs/adr/0021), from this site's own assets, so that it is ready
 * in memory before the network goes.
 */
export function prepareDecoder(): Promise<unknown> {
  prepared ??= prepareZXingModule({
    overrides: {
      locateFile: (path: string, prefix: string) => (path.endsWith('.wasm') ? wasmUrl : prefix + path),
    },
    fireImmediately: true,
  }).catch((error: unknown) => {
    prepared = null;
    throw error;
  });
  return prepared;
}

/** The text of the first QR code in an image file (a photo) or a camera frame, or null when there is none. */
export async function decodeQr(input: Blob | ImageData): Promise<string | null> {
  await prepareDecoder();
  const results = await readBarcodes(input, OPTIONS);
  const found = results.find((result) => result.isValid && result.text);
  return found ? found.text : null;
}
