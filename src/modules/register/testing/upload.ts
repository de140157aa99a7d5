import type { TestBrowser } from '../../../platform/testing/auth.js';

export { pageText } from '../../../platform/testing/html.js';

/** Posts a file as the import page's upload form does: multipart, the CSRF token in the field before the file. */
export async function uploadFile(
  b: TestBrowser,
  fileName: string,
  bytes: Uint8Array,
  options: { csrf?: boolean; noFile?: boolean } = {},
) {
  const boundary = '----asf-test-boundary';
  const token = await b.csrf();
  // The token first, as PostForm writes it, so that the handler reads it before the file.
  const tokenPart =
    options.csrf === false ? '' : `--${boundary}\r\nContent-Disposition: form-data; name="_csrf"\r\n\r\n${token}\r\n`;
  const head = options.noFile
    ? `--${boundary}\r\nContent-Disposition: form-data; name="annat"\r\n\r\nx\r\n`
    : `--${boundary}\r\nContent-Disposition: form-data; name="fil"; filename="${fileName}"\r\nContent-Type: application/octet-stream\r\n\r\n`;
  const body = Buffer.concat([
    Buffer.from(tokenPart + head),
    options.noFile ? Buffer.alloc(0) : Buffer.from(bytes),
    Buffer.from(`${options.noFile ? '' : '\r\n'}--${boundary}--\r\n`),
  ]);
  return b.t.app.inject({
    method: 'POST',
    url: '/samordning/import',
    headers: {
      cookie: [...b.cookies].map(([k, v]) => `${k}=${v}`).join('; '),
      'content-type': `multipart/form-data; boundary=${boundary}`,
    },
    payload: body,
  });
}
