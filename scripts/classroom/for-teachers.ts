// FOR-TEACHERS.html and FOR-TEACHERS.txt, written into the classroom folder: how to open the
// course, how to share it on a classroom network, where progress lives, how to move it.
// One list of sections renders both files so they never disagree.

interface Section {
  readonly title: string;
  readonly paragraphs: readonly string[];
  readonly code?: readonly string[];
  readonly after?: readonly string[];
}

const SECTIONS: readonly Section[] = [
  {
    title: 'Open it on one computer',
    paragraphs: [
      'Double-click index.html in this folder. The course opens in your web browser straight from the disk: no internet, no installation, no server. Every lesson, figure and exercise works this way, and nothing is sent anywhere.',
      'Keep the folder together: index.html needs the _next folder and the other folders beside it. To copy the course to another computer, copy the whole folder or the momentum.zip file (unzip it first, then double-click index.html inside).',
    ],
  },
  {
    title: 'Share it on a classroom network',
    paragraphs: [
      'Serve the folder from one computer and let students open its address. Either of these works:',
    ],
    code: [
      'node scripts/serve.mjs --dir classroom/momentum --host 0.0.0.0 --port 8080   (from the course source folder; needs Node.js)',
      'python3 -m http.server 8080   (run inside this folder; needs Python 3)',
    ],
    after: [
      'Students then open http://<this computer\'s address>:8080/ in their browser. Any other static web server (nginx, Apache, IIS, a school intranet) works too, at the root of a site or under any sub-folder: every link in the folder is relative.',
    ],
  },
  {
    title: 'Where progress is kept',
    paragraphs: [
      'Answers and solved exercises are saved in the browser that was used (its "local storage"), per browser and per computer: a student who switches computer or browser starts empty unless they move their progress with a file (below). Clearing the browser\'s data, or a private window, forgets it.',
      'Served over http:// (previous section), every browser keeps progress for the whole course, as on any website.',
      'Opened from disk (file://), browsers differ. Chrome, Edge and other Chromium browsers keep one storage for all files opened from disk, so progress carries from lesson to lesson (we test this with Chromium). That storage is shared with any other page opened from disk in the same browser. Firefox and Safari treat files opened from disk more strictly — depending on version and settings, each file can count as its own site, so progress may not carry between lessons. If progress matters and students use Firefox or Safari, serve the folder instead, or have students save their progress to a file at the end of each session.',
    ],
  },
  {
    title: 'Move or back up progress',
    paragraphs: [
      'On the course home page, under "Your progress": "Save progress to a file" downloads momentum-progress.json; "Load progress from a file" merges such a file into the progress already kept in this browser.',
    ],
  },
  {
    title: 'Assignments, grading and the teacher\'s guide',
    paragraphs: [
      'Teacher\'s guide: open teachers/index.html in this folder for what each lesson covers, how long it takes, every exercise with its answer and common misconceptions, and printable worksheets for each lesson.',
      'Assign: the "Assign" page builds an assignment from any lesson\'s exercises. It gives you a file, and a link that works when the course is served over http://. Students open the assignment, work through it and download a submission file.',
      'Grade: drop the submission files on the "Grade" page to see a student × exercise table and download a CSV — nothing is uploaded. From the course source folder, npm run grade -- submissions/ --assignment <assignment file> --csv grades.csv does the same on the command line.',
    ],
  },
  {
    title: 'If something does not work',
    paragraphs: [
      'A blank page or a folder listing instead of the course: open index.html itself, not the folder. A page that will not open from disk: make sure the whole folder was copied (or the zip unpacked), then try serving it as above. Links of the form http://…/assignment/?a=… made on the Assign page need the course to be served over http://; from disk, share the assignment file instead.',
    ],
  },
];

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

export function teachersText(): string {
  const lines: string[] = ['MOMENTUM — AN OFFLINE COPY OF THE COURSE, FOR TEACHERS', '='.repeat(54), ''];
  for (const section of SECTIONS) {
    lines.push(section.title.toUpperCase(), '-'.repeat(section.title.length), '');
    for (const p of section.paragraphs) lines.push(p, '');
    for (const c of section.code ?? []) lines.push(`    ${c}`);
    if (section.code) lines.push('');
    for (const p of section.after ?? []) lines.push(p, '');
  }
  return `${lines.join('\n').trimEnd()}\n`;
}

export function teachersHtml(): string {
  const body = SECTIONS.map(
    (s) =>
      `<h2>${escapeHtml(s.title)}</h2>\n${s.paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`).join('\n')}` +
      (s.code ? `\n<pre>${s.code.map(escapeHtml).join('\n')}</pre>` : '') +
      (s.after ? `\n${s.after.map((p) => `<p>${escapeHtml(p)}</p>`).join('\n')}` : ''),
  ).join('\n');
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Momentum — for teachers</title>
<style>
body { font: 17px/1.6 Georgia, 'Times New Roman', serif; max-width: 42rem; margin: 2rem auto; padding: 0 1rem; color: #1d1c1a; background: #fdfcf9; }
h1, h2 { font-family: system-ui, sans-serif; line-height: 1.25; }
pre { background: #f3f1ec; padding: 0.75rem; overflow-x: auto; white-space: pre-wrap; font-size: 0.85rem; }
a { color: #1f5fbf; }
</style>
</head>
<body>
<h1>Momentum — an offline copy of the course, for teachers</h1>
<p><a href="index.html">Open the course</a> · <a href="teachers/index.html">Teacher's guide (answers, worksheets)</a></p>
${body}
</body>
</html>
`;
}
