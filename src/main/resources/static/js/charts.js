// Draws one line chart per indicator from the data attributes the follow-up page writes.
document.addEventListener('DOMContentLoaded', function () {
  if (typeof Chart === 'undefined') { return; }
  document.querySelectorAll('canvas[data-values]').forEach(function (canvas) {
    var labels = JSON.parse(canvas.dataset.labels);
    var values = JSON.parse(canvas.dataset.values);
    var datasets = [{ label: canvas.dataset.name, data: values, borderColor: '#0b4f8a', backgroundColor: '#0b4f8a', tension: 0 }];
    if (canvas.dataset.target) {
      var target = Number(canvas.dataset.target);
      datasets.push({ label: canvas.dataset.targetLabel, data: labels.map(function () { return target; }),
        borderColor: '#a4161a', borderDash: [6, 4], pointRadius: 0 });
    }
    new Chart(canvas, { type: 'line', data: { labels: labels, datasets: datasets },
      options: { animation: false, responsive: false, plugins: { legend: { display: true } } } });
  });
});
