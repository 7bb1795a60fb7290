// Draws one line chart per indicator from the data attributes the follow-up page writes.
document.addEventListener('DOMContentLoaded', function () {
  if (typeof Chart === 'undefined') { return; }
  document.querySelectorAll('canvas[data-values]').forEach(function (canvas) {
    var labels = JSON.parse(canvas.dataset.labels);
    var values = JSON.parse(canvas.dataset.values);
    var datasets = [{ label: canvas.dataset.name, data: values, borderColor: '#0b4f8a', backgroundColor: '#0b4f8a', tension: 0 }];
    if (canvas.dataset.target) {
      var target = Number(canvas.dataset.target);
      // With a single period a line has no length: the target is then drawn as a wide horizontal mark instead.
      var single = labels.length < 2;
      datasets.push({ label: canvas.dataset.targetLabel, data: labels.map(function () { return target; }),
        borderColor: '#a4161a', backgroundColor: '#a4161a', borderDash: [6, 4], borderWidth: 2,
        pointStyle: 'line', pointRadius: single ? 24 : 0, pointBorderWidth: single ? 3 : 0 });
    }
    new Chart(canvas, { type: 'line', data: { labels: labels, datasets: datasets },
      options: { animation: false, responsive: false, plugins: { legend: { display: true } } } });
  });
});
